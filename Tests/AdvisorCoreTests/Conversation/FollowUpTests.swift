import Testing

@testable import AdvisorCore

@Suite struct FollowUpTests {
  @Test func aTopicWithoutARoleTakesTheRoleFromTheConversation() {
    let replies = TestAdvisor.conversation([
      "What does an engineering director do?", "and how much do they make?",
    ])
    #expect(replies[1].intent == .salary)
    #expect(replies[1].entities.roles == [.engineeringDirector])
  }

  @Test func peopleInARoleAfterACertificationAreAskedAboutNotTheCertification() {
    let replies = TestAdvisor.conversation([
      "is lean six sigma useful?", "what do they earn after that, like director level?",
    ])
    #expect(replies[1].intent == .salary)
    #expect(replies[1].entities.roles == [.engineeringDirector])
  }

  @Test func aBareFollowUpCarriesTheRoleAndSaysSo() {
    let replies = TestAdvisor.conversation(["What does a CTO do?", "what skills?"])
    #expect(replies[1].intent == .skills)
    #expect(replies[1].entities.roles == [.cto])
    #expect(replies[1].text.hasPrefix("(Still about the chief technology officer.)"))
  }

  @Test func aRoleWithoutATopicTakesTheTopicFromTheConversation() {
    let replies = TestAdvisor.conversation([
      "How much does an engineering director make?", "and a VP?", "what about CTOs?",
    ])
    #expect(replies.map(\.intent) == [.salary, .salary, .salary])
    #expect(replies[1].entities.roles == [.vpEngineering])
    #expect(replies[2].entities.roles == [.cto])
  }

  @Test(arguments: [
    "who do they report to?", "who does that role report to?", "who does this job report to?",
    "who is their boss?", "who does it report to?",
  ])
  func referencesResolveToTheRoleUnderDiscussion(question: String) {
    let replies = TestAdvisor.conversation(["What does an engineering manager do?", question])
    #expect(replies[1].intent == .reportsTo)
    #expect(replies[1].entities.roles == [.engineeringManager])
  }

  @Test func aRoleNamedWithAConfidentReadingOfItsOwnDoesNotContinueTheTopic() {
    let replies = TestAdvisor.conversation([
      "what comes after a VP of engineering?", "what does a CTO do that a VP does not?",
      "EM salary?", "where are most of the EM jobs, tech or manufacturing?",
    ])
    #expect(replies.map(\.intent) == [.nextStep, .compare, .salary, .industries])
    #expect(replies[1].entities.roles == [.cto, .vpEngineering])
  }

  @Test(arguments: [
    "do they get paid more than engineering managers?", "how much do they make compared to an EM?",
  ])
  func aReferenceMeasuredAgainstANamedRoleKeepsBoth(question: String) {
    let replies = TestAdvisor.conversation(["what does a principal engineer do?", question])
    #expect(replies[1].intent == .salary)
    #expect(replies[1].entities.roles == [.principalEngineer, .engineeringManager])
  }

  @Test(arguments: ["what do you need to qualify for it?", "is it useful for hardware folks?"])
  func aWeakQuestionAboutTheCertificationJustDiscussedStaysOnIt(question: String) {
    let replies = TestAdvisor.conversation(["what is the PMP?", question, "is it going to rain later?"])
    #expect(replies[1].intent == .certifications)
    #expect(replies[1].entities.certifications == [.pmp])
    #expect(replies[2].intent == .unknown)
  }

  @Test func theFormerAndTheOtherOnePickFromTheLastTwoRoles() {
    let former = TestAdvisor.conversation([
      "compare a project engineer and a project manager", "how much does the former make?",
    ])
    #expect(former[1].entities.roles == [.projectEngineer])
    let other = TestAdvisor.conversation([
      "compare a project engineer and a project manager", "what skills does the other one need?",
    ])
    #expect(other[1].entities.roles == [.projectManager])
  }

  @Test func comparisonsUseTheRoleUnderDiscussion() {
    let replies = TestAdvisor.conversation(["What does an EM do?", "How does that compare to a director?"])
    #expect(replies[1].intent == .compare)
    #expect(replies[1].entities.roles == [.engineeringManager, .engineeringDirector])
    #expect(replies[1].text.contains("tactical"))
    let same = TestAdvisor.conversation([
      "What does a program manager do?", "is it the same as a project manager?",
    ])
    #expect(same[1].intent == .compare)
    #expect(same[1].entities.roles == [.programManager, .projectManager])
  }

  @Test func aNewTopicThatStandsOnItsOwnDropsTheRole() {
    let replies = TestAdvisor.conversation([
      "How much do engineering directors make?", "What certifications are there?",
    ])
    #expect(replies[1].intent == .certifications)
    #expect(replies[1].entities.roles.isEmpty)
  }

  @Test func contextFadesAfterTurnsThatDoNotUseIt() {
    let replies = TestAdvisor.conversation([
      "What does a CTO do?", "what certifications are there?", "what can I specialize in?",
      "what does the career path look like?", "which industries hire the most engineers?",
      "how much do they make?",
    ])
    #expect(replies.last?.entities.roles.isEmpty == true)
  }

  @Test func itPointsAtTheDegreeJustDiscussed() {
    let replies = TestAdvisor.conversation(["What is an MEM?", "How long does it take?", "Is it worth it?"])
    #expect(replies[1].intent == .education)
    #expect(replies[1].entities.degrees == [.mem])
    #expect(replies[1].text.lowercased().contains("one to two years"))
    #expect(replies[2].intent == .degreeValue)
    #expect(replies[2].entities.degrees == [.mem])
  }

  @Test func itPointsAtTheCertificationJustDiscussed() {
    let replies = TestAdvisor.conversation(["Should I get the PMP?", "is it worth it?", "What about a CSM?"])
    #expect(replies[1].intent == .certifications)
    #expect(replies[1].entities.certifications == [.pmp])
    #expect(replies[2].entities.certifications == [.csm])
  }

  @Test func smallTalkLeavesTheContextAlone() {
    let replies = TestAdvisor.conversation([
      "What does a product manager do?", "thanks!", "what skills do they need?",
    ])
    #expect(replies[2].entities.roles == [.productManager])
  }

  @Test func resetStartsAfreshButKeepsTheProfile() {
    var session = Session(advisor: TestAdvisor.advisor())
    _ = session.handle("I'm a project engineer.")
    _ = session.handle("What does a CTO do?")
    _ = session.handle(":reset")
    #expect(session.state.roles.isEmpty && session.state.topic == nil)
    #expect(session.state.profile.role == .projectEngineer)
    _ = session.handle(":forget")
    #expect(session.state.profile.isEmpty)
  }

  @Test func contextReportShowsWhatIsCarriedAndForHowLong() {
    var session = Session(advisor: TestAdvisor.advisor())
    _ = session.handle("how much does a CTO make in pharma?")
    _ = session.handle("is an MEM worth it for them?")
    _ = session.handle("or an MBA?")
    guard case .message(let text) = session.handle(":context") else {
      Issue.record("expected a message")
      return
    }
    #expect(text.contains("Role: Chief technology officer, for 4 more turn(s) unless used"))
    #expect(text.contains("Topic: degree_value"))
    // What "it", "which one" and "there" would point at, the industry named two turns earlier.
    #expect(text.contains("Subject: mem, for 4 more turn(s) unless used"))
    #expect(text.contains("Weighing: mba, mem"))
    #expect(text.contains("Industry: Pharmaceuticals, for 2 more turn(s) unless used"))
  }
}

@Suite struct MoreFollowUpTests {
  @Test func theLatterStillMeansTheSecondOfThePairAfterTheFirstWasDiscussed() {
    let replies = TestAdvisor.conversation([
      "principal engineer vs engineering manager?", "how do I become the former?", "and the latter?",
    ])
    #expect(replies[1].entities.roles == [.principalEngineer])
    #expect(replies[2].intent == .become)
    #expect(replies[2].entities.roles == [.engineeringManager])
  }

  @Test func aBareVersusComparesWithTheRoleUnderDiscussion() {
    let replies = TestAdvisor.conversation(["what's a logistics engineer?", "vs a supply chain analyst?"])
    #expect(replies[1].intent == .compare)
    #expect(replies[1].entities.roles == [.logisticsEngineer, .supplyChainAnalyst])
  }

  @Test func whatOneRoleDoesThatAnotherDoesNotIsTheirDifference() {
    let named = TestAdvisor.conversation([
      "What does a program manager oversee that a project manager doesn't?"
    ])
    #expect(named[0].intent == .compare)
    #expect(named[0].entities.roles == [.programManager, .projectManager])
    let carried = TestAdvisor.conversation([
      "what does a CTO do?", "and what do they own day to day vs an EM",
    ])
    #expect(carried[1].intent == .compare)
    #expect(carried[1].entities.roles == [.cto, .engineeringManager])
  }

  @Test func aChoiceOrATerseFollowUpWeighsTheThingsJustDiscussed() {
    let together = TestAdvisor.conversation(["PMP or CSM?", "for a PM"])
    #expect(together[1].intent == .certifications)
    #expect(together[1].entities.certifications == [.pmp, .csm])
    let oneAfterTheOther = TestAdvisor.conversation([
      "Is the CSM worth anything?", "Six Sigma?", "which one helps more if you're an eng manager",
    ])
    #expect(oneAfterTheOther[2].entities.certifications == [.csm, .leanSixSigma])
    #expect(oneAfterTheOther[2].entities.roles == [.engineeringManager])
    let eachOne = TestAdvisor.conversation(["MEM or MBA?", "How long does each one take?"])
    #expect(eachOne[1].intent == .education)
    #expect(eachOne[1].entities.degrees == [.mem, .mba])
    #expect(PlainRenderer.render(eachOne[1].answer).contains("One to two years"))
    let newQuestion = TestAdvisor.conversation([
      "is an MBA or an MEM better?", "also, which industries pay best?",
    ])
    #expect(newQuestion[1].entities.degrees.isEmpty)
  }

  @Test func industriesSetSideBySideStayForTheQuestionThatChooses() {
    let replies = TestAdvisor.conversation([
      "do pms get paid well in construction", "vs software", "which is less stressful",
    ])
    #expect(replies[1].entities.industries == [.construction, .software])
    #expect(replies[2].intent == "work_life")
    #expect(replies[2].entities.industries == [.construction, .software])
  }

  @Test func aFollowUpAboutAnotherRoleKeepsTheIndustry() {
    let replies = TestAdvisor.conversation([
      "how much do engineering directors make in aerospace?", "and for a VP of engineering?",
    ])
    #expect(replies[1].intent == .salary)
    #expect(replies[1].entities.industries == [.aerospace])
  }

  @Test func dutiesAskedWithoutARoleAreTheRoleUnderDiscussionsOrMine() {
    let discussed = TestAdvisor.conversation([
      "what does a construction manager earn?", "what are the main duties?",
    ])
    #expect(discussed[1].intent == .roleOverview)
    #expect(discussed[1].entities.roles == [.constructionManager])
    let mine = TestAdvisor.conversation([
      "I just got promoted to engineering manager.", "What responsibilities am I actually supposed to own?",
    ])
    #expect(mine[1].intent == .roleOverview)
    #expect(mine[1].entities.roles == [.engineeringManager])
  }

  @Test func anotherOccupationsQuestionIsDeclinedWhateverRoleWasDiscussed() {
    let other = TestAdvisor.conversation([
      "what skills does an EM need?",
      "Which programming language should I learn first for making video games?",
    ])
    #expect(other[1].intent == .unknown)
    #expect(other[1].entities.roles.isEmpty)
    let theirs = TestAdvisor.conversation([
      "what does an EM do?", "Do they work crazy hours like doctors do?",
    ])
    #expect(theirs[1].intent == "work_life")
    #expect(theirs[1].entities.roles == [.engineeringManager])
  }

  @Test func theManagersCountedAreNotASecondRole() {
    let replies = TestAdvisor.conversation(["how many managers does a director usually have under them"])
    #expect(replies[0].intent == .roleOverview)
    #expect(replies[0].entities.roles == [.engineeringDirector])
  }

  @Test func theyStillMeansPeopleWhenADegreeIsNamed() {
    let replies = TestAdvisor.conversation([
      "what degree do most engineering directors have?", "does an MBA pay off for them?",
    ])
    #expect(replies[1].intent == .degreeValue)
    #expect(replies[1].entities.roles == [.engineeringDirector])
    #expect(replies[1].entities.degrees == [.mba])
  }

  @Test func askingHowMyRoleDiffersIsNotAClaimToTheOtherRole() {
    let replies = TestAdvisor.conversation([
      "I'm a senior engineering manager.", "how is my role different from a director's?",
      "what's the usual next step for me?",
    ])
    // Advice and next step are related intents: either answers with the rungs after the role.
    #expect([IntentID.nextStep, .advice].contains(replies[2].intent))
    #expect(replies[2].entities.roles == [.seniorEngineeringManager])
  }
}

@Suite struct ContextualCorrectionTests {
  @Test func aRealWordIsCorrectedWhenItCompletesAName() {
    let analysis = TestAdvisor.analyzer().analyze("what do principle engineers do?")
    #expect(analysis.entities.roles == [.principalEngineer])
    #expect(analysis.corrections.map(\.understood) == ["principal"])
  }

  @Test func aRealWordAloneStaysItself() {
    #expect(TestAdvisor.analyzer().analyze("what is the principle here").corrections.isEmpty)
  }
}

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
  @Test(arguments: ["how much does a sales manager make?", "what does a restaurant manager do?"])
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
    #expect(replies[1].intent == .become)
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

  @Test func whatItStandsForOrABareHowLongIsAboutTheThingJustDiscussed() {
    let acronym = TestAdvisor.conversation(["is a CPE worth getting?", "what does it stand for"])
    #expect(acronym[1].intent == .certifications)
    #expect(acronym[1].entities.certifications == [.cpe])
    let degree = TestAdvisor.conversation(["is an MEM worth it?", "how long"])
    #expect(degree[1].intent == .education)
    #expect(degree[1].entities.degrees == [.mem])
  }

  @Test func aBareWorthAfterADegreeAsksWhatTheDegreeIsWorth() {
    let replies = TestAdvisor.conversation(["what is an MEM?", "worth?"])
    #expect(replies[0].intent == .education)
    #expect(replies[1].intent == .degreeValue)
    #expect(replies[1].entities.degrees == [.mem])
    #expect(replies[1].text.contains("It can accelerate your path into engineering management."))
  }

  @Test func aWeakReadingWithItsTopicsWordsStaysItself() {
    let replies = TestAdvisor.conversation(["What does a systems engineer do?", "How do I become one?"])
    #expect(replies[1].intent == .become)
    #expect(replies[1].entities.roles == [.systemsEngineer])
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

  @Test func whetherACertificationHelpsGoesOnAboutTheRoleButWhatItIsDoesNot() {
    let helps = TestAdvisor.conversation(["what does a project engineer do?", "would a PMP help?"])
    #expect(helps[1].intent == .certifications)
    #expect(helps[1].entities.roles == [.projectEngineer])
    let defined = TestAdvisor.conversation(["what does a project engineer do?", "what does PMP stand for?"])
    #expect(defined[1].intent == .certifications)
    #expect(defined[1].entities.roles.isEmpty)
    let lasts = TestAdvisor.conversation([
      "what does a project engineer do?", "is an MEM worth it?", "how long does it take?",
    ])
    #expect(lasts[1].entities.roles == [.projectEngineer])
    // How long the MEM takes is the same for everyone, but the conversation's role carries on.
    #expect(lasts[2].intent == .education && lasts[2].entities.roles == [.projectEngineer])
    #expect(lasts[2].text.contains("One to two years"))
  }

  @Test func aSettingNamedWithItsIndustryWordStillContinuesTheRole() {
    let replies = TestAdvisor.conversation([
      "What is the job of systems engineer?", "And the salary of it?", "In automotive industry is more?",
    ])
    #expect(replies[2].intent == .salary)
    #expect(replies[2].entities.roles == [.systemsEngineer])
    #expect(replies[2].entities.industries == [.automotive])
  }

  @Test func theWayToARoleNamedAsAGoalIsAboutTheRoleNotTheCertificationJustDiscussed() {
    let replies = TestAdvisor.conversation([
      "should i go for the PE license or a PMP first?", "how long does it take to become a director?",
      "should i get a PMP?", "how long would it take me to get to construction manager from here",
      "should i get a PMP?", "is it worth getting for a project manager?",
    ])
    #expect(replies[1].intent == .timeline)
    #expect(replies[1].entities.roles == [.engineeringDirector] && replies[1].entities.certifications.isEmpty)
    #expect(replies[3].intent == .timeline)
    #expect(replies[3].entities.roles == [.constructionManager] && replies[3].entities.certifications.isEmpty)
    // A role the certification is for is no goal: the question stays on the certification.
    #expect(replies[5].intent == .certifications && replies[5].entities.certifications == [.pmp])
  }

  @Test func thatRolePointsAtTheRoleNotAtTheCertificationJustDiscussed() {
    let replies = TestAdvisor.conversation([
      "does the PE license matter if I want to be a construction manager?",
      "how many years does it usually take to get to that role?",
    ])
    #expect(replies[1].intent == .timeline)
    #expect(replies[1].entities.roles == [.constructionManager])
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

  @Test(arguments: ["What roles does it usually lead to?", "what jobs does that specialization lead to?"])
  func itAfterASpecializationIsThatSpecialization(question: String) {
    let replies = TestAdvisor.conversation(["what is the systems engineering specialization?", question])
    #expect(replies[1].intent == .specializations, "'\(question)'")
    #expect(replies[1].entities.specializations == [.systemsEngineering], "'\(question)'")
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

  @Test func aDegreeMeasuredAgainstTheOneJustDiscussedIsAboutBoth() {
    let versus = TestAdvisor.conversation(["is an MEM worth it?", "vs an MBA, which one pays off better?"])
    #expect(versus[1].intent == .degreeValue)
    #expect(Set(versus[1].entities.degrees) == [.mem, .mba])
    let against = TestAdvisor.conversation(["is an MBA worth it", "how does it stack up against an MEM?"])
    #expect(Set(against[1].entities.degrees) == [.mem, .mba])
  }

  @Test func aQuestionNamingItsOwnDegreeIsNotAboutTheCertificationJustDiscussed() {
    let replies = TestAdvisor.conversation(["would a PMP help?", "is an MEM worth it?"])
    #expect(replies[1].intent == .degreeValue)
    #expect(replies[1].entities.degrees == [.mem] && replies[1].entities.certifications.isEmpty)
  }

  /// How technical a role is, is its focus, a topic of its own: not a follow-up on pay.
  @Test func howTechnicalARoleIsIsAskedOfItsOwn() {
    let replies = TestAdvisor.conversation([
      "what does a VP of engineering earn compared to a CTO?", "is a CTO always technical?",
    ])
    #expect(replies[1].intent == .roleOverview)
    #expect(replies[1].entities.roles == [.cto])
  }

  /// "It" after a degree, in a question the classifier declines by a hair, is the degree: the
  /// best on-topic reading counts, as it does for a role, rather than the topic before.
  @Test func aDeclinedQuestionAboutTheDegreeJustDiscussedTakesItsBestReading() {
    let replies = TestAdvisor.conversation([
      "Would you explain what a Master of Engineering Management covers?",
      "does it represent a sound financial investment?",
    ])
    #expect(replies[0].intent == .education)
    #expect(replies[1].intent == .degreeValue)
    #expect(replies[1].entities.degrees == [.mem])
  }

  /// A degree named in the same message as a role points "that" at the degree only when the
  /// message was about the degree: the MBA said in passing before "could I become a CTO?" is
  /// background, and "how long would that take?" asks the way to the CTO.
  @Test func aDegreeSaidInPassingBesideARoleLeavesThatToTheRole() {
    let passing = TestAdvisor.conversation([
      "I have an MBA and ten years as an engineer. Could I become a CTO?", "how long would that take?",
    ])
    #expect(passing[1].intent == .timeline)
    #expect(passing[1].entities.roles == [.cto] && passing[1].entities.degrees.isEmpty)
    let asked = TestAdvisor.conversation([
      "Is an MBA worth it for a project manager?", "how long does it take?",
    ])
    #expect(asked[1].intent == .education)
    #expect(asked[1].entities.degrees == [.mba])
  }

  /// "The exam" or "the program" names the degree or certification under discussion by its
  /// kind, as "it" does.
  @Test func aThingNamedByItsKindIsTheOneDiscussed() {
    let licence = TestAdvisor.conversation(["should I get my PE license?", "when can I take the exam?"])
    #expect(licence[1].intent == .certifications)
    #expect(licence[1].entities.certifications == [.peLicense])
    let degree = TestAdvisor.conversation(["what is an MEM?", "how long is the program?"])
    #expect(degree[1].intent == .education)
    #expect(degree[1].entities.degrees == [.mem])
  }
}
