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

  @Test func aFollowUpAboutAnotherRoleKeepsTheIndustry() {
    let replies = TestAdvisor.conversation([
      "how much do engineering directors make in aerospace?", "and for a VP of engineering?",
    ])
    #expect(replies[1].intent == .salary)
    #expect(replies[1].entities.industries == [.aerospace])
  }

  @Test func aSettingFollowUpInAnotherTopicsOwnWordsAsksThatTopic() {
    let ownWords = TestAdvisor.conversation([
      "what do directors of engineering earn?", "and how are the hours in aerospace?",
    ])
    #expect(ownWords[1].intent == "work_life")
    #expect(ownWords[1].entities.roles == [.engineeringDirector])
    let settingOnly = TestAdvisor.conversation([
      "what do directors of engineering earn?", "and in aerospace?",
    ])
    #expect(settingOnly[1].intent == .salary)
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
    let asker = TestAdvisor.conversation([
      "Can you give me an overview of how the career path goes?",
      "What is the average salary? My teacher wants an actual number.",
    ])
    #expect(asker[1].intent == .salary)
    #expect(asker[1].text.contains("$"))
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
