import Testing

@testable import AdvisorCore

/// Carrying roles, industries and topics into a question that names too little (ContextResolver+Carrying, +Topic).
@Suite struct CarryingTests {
  @Test func aTopicThatOnlyFitsARoleTakesTheRoleUnderDiscussion() {
    let replies = TestAdvisor.conversation([
      "what does a junior PM do?", "what's the next step up from there?",
    ])
    #expect(replies[1].intent == .nextStep)
    #expect(replies[1].entities.roles == [.juniorProjectManager])
  }

  @Test func aQuestionAboutEveryoneDoesNotTakeTheRole() {
    let replies = TestAdvisor.conversation([
      "what does a project engineer do?", "leadership skills for engineers",
    ])
    #expect(replies[1].intent == .skills)
    #expect(replies[1].entities.roles.isEmpty)
  }

  @Test func anIndustryAloneKeepsTheTopic() {
    let replies = TestAdvisor.conversation(["how much do engineering managers make?", "what about defense?"])
    #expect(replies[1].intent == .salary)
    #expect(replies[1].entities.industries == [.defense])
  }

  @Test func aDisciplineOrAKindOfEmployerAloneKeepsAnyTopic() {
    let degree = TestAdvisor.conversation([
      "what bachelor's degree should I get to become an engineering manager?", "how about electrical",
    ])
    #expect(degree[1].intent == .education)
    #expect(degree[1].entities.disciplines == [.electrical])
    let boss = TestAdvisor.conversation(["who does a VP of engineering report to?", "and at a big company?"])
    #expect(boss[1].intent == .reportsTo)
    #expect(boss[1].entities.roles == [.vpEngineering])
  }

  /// A "sales manager" is another line of work: answering with an engineering manager's
  /// salary would mislead.
  @Test(arguments: [
    "how much does a sales manager make?", "what does a restaurant manager do?",
    "what does a quality manager do?",
    "how much does a maintenance manager earn?", "how much do retail staff earn an hour?",
  ])
  func aTitleAfterOtherWorkNamesNoRole(question: String) {
    let analysis = TestAdvisor.analyzer().analyze(question)
    #expect(analysis.entities.roles.isEmpty)
    #expect(TestAdvisor.conversation([question])[0].intent == .unknown)
    #expect(
      TestAdvisor.analyzer().analyze("how much does an engineering manager make?").entities.roles == [
        .engineeringManager
      ])
  }

  @Test func myManagerIsAPersonNotTheRole() {
    let analysis = TestAdvisor.analyzer().analyze("my manager says I need better skills to become a director")
    #expect(analysis.entities.roles == [.engineeringDirector])
  }

  @Test func aQuestionPointingBackAtTheRoleIsAnsweredNotDeclined() {
    let replies = TestAdvisor.conversation([
      "what does a systems engineer do?", "How do I become one?", "is it going to rain later?",
    ])
    #expect(replies[1].entities.roles == [RoleID("systems_engineer")])
    #expect(replies[2].intent == .unknown)
  }

  @Test func aRoleMeasuredAgainstWhatIDoNowIsComparedWithMine() {
    let replies = TestAdvisor.conversation([
      "I'm a principal engineer at a software company.",
      "what would the director job involve compared to what i do now",
    ])
    #expect(replies[1].intent == .compare)
    #expect(Set(replies[1].entities.roles) == [.principalEngineer, .engineeringDirector])
  }

  @Test func aWeakReadingWithItsTopicsWordsStaysItself() {
    let replies = TestAdvisor.conversation(["What does a systems engineer do?", "How do I become one?"])
    #expect(replies[1].entities.roles == [.systemsEngineer])
  }

  /// A long question that points back with "it" and has a weak reading of its own keeps it
  /// when the topic under discussion is not among its readings (written 58).
  @Test func aLongWeakQuestionPointingBackKeepsItsOwnReading() {
    let replies = TestAdvisor.conversation([
      "Howdy. I'm a project engineer out in the Permian, been runnin' frac jobs about six years now.",
      "Reckon I'm fixin' to make the jump to engineering manager. What's that job look like day to day?",
      "Would I still be out on location or is it mostly a desk deal?",
    ])
    #expect(replies[2].intent == IntentID("work_life"))
    #expect(replies[2].entities.roles == [.engineeringManager])
  }

  /// "Different topic:" changes the subject: the "it" that follows is not the degree just
  /// discussed, though what the user said of themselves still holds.
  @Test func aQuestionThatChangesTheSubjectCarriesNothingOver() {
    let replies = TestAdvisor.conversation([
      "I'm a civil engineer.", "how long does an MEM take?", "is it worth the money?",
      "different topic: how long does it take to learn to sail?", "what should I do next?",
    ])
    #expect(replies[2].intent == IntentID("degree_value"))
    #expect(replies[3].intent == .unknown)
    #expect(replies[3].entities.degrees.isEmpty)
    #expect(replies[4].intent == .advice)
  }

  @Test func aShortQuestionPointingBackContinuesTheTopicUnlessItIsLikelierOffTopic() {
    let replies = TestAdvisor.conversation([
      "can I go back to coding after managing a team for a while?", "what would that require?",
      "is it going to rain later?",
    ])
    #expect(replies[0].intent == IntentID("track_choice"))
    #expect(replies[1].intent == IntentID("track_choice"))
    #expect(replies[2].intent == .unknown)
  }

  @Test func aFollowUpLikelierOffTopicThanNotDoesNotContinueTheTopic() {
    let replies = TestAdvisor.conversation([
      "What does a logistics engineer earn?", "Also, how much should I tip a waiter in the US?",
    ])
    #expect(replies[0].intent == .salary)
    #expect(replies[1].intent == .unknown)
    #expect(replies[1].entities.roles.isEmpty)
  }

  @Test func allOfThemPointsAtEveryRoleDiscussedLately() {
    let replies = TestAdvisor.conversation([
      "what does an engineering manager make?", "and a director?", "what about a VP of engineering?",
      "which of those three earns the most?",
    ])
    #expect(replies[3].intent == .salary)
    #expect(
      replies[3].entities.roles == [.engineeringManager, .engineeringDirector, RoleID("vp_engineering")])
  }

  @Test func thoseTwoPointsAtTheLastTwoRolesEvenWhenAskedAboutOneAtATime() {
    let replies = TestAdvisor.conversation([
      "what's the average pay for a product manager", "and an R&D manager",
      "which of those two is more technical",
    ])
    #expect(replies[1].entities.roles == [RoleID("rd_manager")])
    #expect(replies[2].entities.roles == [RoleID("product_manager"), RoleID("rd_manager")])
  }

  @Test func aSettingNamedWithItsIndustryWordStillContinuesTheRole() {
    let replies = TestAdvisor.conversation([
      "What is the job of systems engineer?", "And the salary of it?", "In automotive industry is more?",
    ])
    #expect(replies[2].intent == .salary)
    #expect(replies[2].entities.roles == [.systemsEngineer])
    #expect(replies[2].entities.industries == [.automotive])
  }

  @Test func aLongQuestionNamingARoleIsNotAFollowUpOnTheTopic() {
    let replies = TestAdvisor.conversation([
      "what's the salary ceiling for a principal engineer", "do you need to be a manager to get to CTO?",
    ])
    #expect(replies[1].intent != .salary)
    #expect(replies[1].entities.roles.contains(.cto))
  }

  @Test(arguments: [
    "is the operations and supply chain concentration the right one for that?",
    "which specialization should I pick to end up there?",
  ])
  func aSpecializationForThatIsForTheRoleUnderDiscussion(question: String) {
    let replies = TestAdvisor.conversation(["what does an operations manager do?", question])
    #expect(replies[1].intent == .specializations, "'\(question)'")
    #expect(replies[1].entities.roles == [.operationsManager], "'\(question)'")
  }

  @Test func aFollowUpAfterADeclinedQuestionGoesOnWithWhatItAsked() {
    let replies = TestAdvisor.conversation([
      "how much do dentists make", "ok what about engineering directors",
    ])
    #expect(replies[0].intent == .unknown)
    #expect(replies[1].intent == .salary)
    #expect(replies[1].entities.roles == [.engineeringDirector])
    // A declined question with no more than "should I" of a topic leaves the topic alone.
    let stays = TestAdvisor.conversation([
      "whats the salary range for a CTO at a big company", "should i buy nvidia stock lol",
      "ok seriously, how about at a startup",
    ])
    #expect(stays[2].intent == .salary)
  }

  @Test func forOnePointsAtTheRoleUnderDiscussion() {
    let replies = TestAdvisor.conversation([
      "what does a project engineer do?", "what's the typical salary for one starting out?",
    ])
    #expect(replies[1].intent == .salary)
    #expect(replies[1].entities.roles == [.projectEngineer])
  }

  @Test func thereIsTheIndustryJustNamed() {
    let replies = TestAdvisor.conversation([
      "what industries hire engineering managers? pharma?", "and do they pay well there",
    ])
    #expect(replies[1].intent == .salary)
    #expect(replies[1].entities.industries == [.pharmaceuticals])
    #expect(replies[1].text.hasPrefix("(There: pharmaceuticals.)"))
  }

  @Test func thereThatOnlySaysSomethingExistsIsNoPlace() {
    let replies = TestAdvisor.conversation([
      "do engineering managers in pharma earn well?", "are there many engineering manager jobs?",
    ])
    #expect(replies[1].entities.industries.isEmpty)
  }

  @Test func aFollowUpOnAnotherIndustryKeepsAskingAboutPay() {
    let replies = TestAdvisor.conversation([
      "Do engineering managers in software earn more than in manufacturing?", "What about in construction?",
    ])
    #expect(replies[1].intent == .salary)
    #expect(replies[1].entities.industries == [.construction])
  }

  @Test(arguments: ["hours bad?", "hrs?"])
  func aTerseTopicAfterARoleIsAskedAboutIt(question: String) {
    let replies = TestAdvisor.conversation(["could i become a construction manager w/o college", question])
    #expect(replies[1].intent == IntentID("work_life"), "'\(question)'")
    #expect(replies[1].entities.roles == [.constructionManager], "'\(question)'")
  }

  /// How technical a role is, is its focus, a topic of its own: not a follow-up on pay.
  @Test func howTechnicalARoleIsIsAskedOfItsOwn() {
    let replies = TestAdvisor.conversation([
      "what does a VP of engineering earn compared to a CTO?", "is a CTO always technical?",
    ])
    #expect(replies[1].intent == .roleOverview)
    #expect(replies[1].entities.roles == [.cto])
  }

  @Test func rolesNamedAfterItInAReportingQuestionAreTheBossesAskedAbout() {
    let replies = TestAdvisor.conversation([
      "what does a construction manager do?", "do they report to a director or a VP?",
    ])
    #expect(replies[1].intent == .reportsTo)
    #expect(replies[1].entities.roles == [.constructionManager, .engineeringDirector, .vpEngineering])
    #expect(
      replies[1].text.hasPrefix("The sources I have do not say whom a construction manager reports to."))
  }
}
