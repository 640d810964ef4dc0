import Testing

@testable import AdvisorCore

@Suite struct ProfileTests {
  private func profile(after statement: String) -> Profile {
    var state = ConversationState()
    _ = TestAdvisor.advisor().respond(to: statement, state: &state)
    return state.profile
  }

  @Test func explicitStatementsFillEverySlot() {
    #expect(profile(after: "I'm a civil engineer with 4 years of experience").discipline == .civil)
    #expect(profile(after: "I'm a civil engineer with 4 years of experience").years == 4)
    #expect(profile(after: "I work as a junior project manager").role == .juniorProjectManager)
    #expect(profile(after: "I work in aerospace").industry == .aerospace)
    #expect(profile(after: "I have a PMP").certifications == [.pmp])
    #expect(profile(after: "I have an MBA").degrees == [.mba])
    #expect(profile(after: "I want to become a director").targetRole == .engineeringDirector)
    #expect(profile(after: "I've been a project engineer for two years").years == 2)
  }

  /// Past service is background too: without "i was" and "i ran" the message was read as a
  /// goodbye ("later") or a question about becoming something.
  @Test(arguments: [
    "Getting out of the Army after 10 years. I was a combat engineer officer, led platoons and later ran a battalion staff section.",
    "In the Army I ran logistics for a brigade.",
  ])
  func pastServiceIsAStatementAboutOneself(statement: String) {
    let reply = TestAdvisor.reply(statement)
    #expect(reply.intent == .profile)
    #expect(reply.entities.roles.isEmpty)
  }

  @Test(arguments: [
    ("I have a master's in civil engineering", DegreeID.msEngineering, DisciplineID.civil),
    ("I hold a bachelor's in electrical engineering", .bachelors, .electrical),
  ])
  func theFieldOfADegreeHeldIsTheDiscipline(statement: String, degree: DegreeID, field: DisciplineID) {
    let noted = profile(after: statement)
    #expect(noted.degrees == [degree])
    #expect(noted.discipline == field)
  }

  @Test func aDegreeNotHeldNamesNoDiscipline() {
    #expect(profile(after: "I don't have a master's in civil engineering").discipline == nil)
  }

  @Test func askingAboutARoleIsNotAClaimToHoldIt() {
    #expect(profile(after: "how much does a director make?").isEmpty)
    #expect(profile(after: "what does an EM do?").isEmpty)
    // "I have" after "do" asks; it states nothing.
    #expect(profile(after: "do I have to manage, or is the principal engineer route real?").isEmpty)
    #expect(profile(after: "I have been a principal engineer for years").role == .principalEngineer)
  }

  @Test func yearsAheadAreNoExperience() {
    var state = ConversationState()
    let reply = TestAdvisor.advisor().respond(
      to: "are engineering managers gonna get replaced by AI in like 10 years", state: &state)
    #expect(reply.intent == .outlook)
    #expect(state.profile.years == nil)
    #expect(
      profile(after: "Army officer here, getting out next year. Eight years leading maintenance teams.").years
        == 8)
  }

  @Test func aStatementWithoutAFarewellsWordsIsNoFarewell() {
    var state = ConversationState()
    let reply = TestAdvisor.advisor().respond(
      to: "Before that I was a mechanical engineer in automotive for 6 years and I'd led a small team.",
      state: &state)
    #expect(reply.intent == .profile)
    #expect(state.profile.years == 6 && state.profile.discipline == .mechanical)
  }

  @Test func aMessageReadAsAProfileStatesWithoutAnI() {
    let noted = profile(after: "Background: 3 yrs as a project engineer at an automotive supplier.")
    #expect(noted.role == .projectEngineer && noted.industry == .automotive && noted.years == 3)
  }

  @Test(arguments: [
    "I run a team of engineers at a medical device company",
    "been an EM for 3 years and kinda burnt out tbh",
  ])
  func aMessageThatStatesAndAsksNothingIsAProfileStatement(message: String) {
    let reply = TestAdvisor.reply(message)
    #expect(reply.intent == .profile, "'\(message)'")
    #expect(reply.text.hasPrefix("Noted:"), "'\(message)'")
  }

  /// Saying whom one manages, leads or oversees is telling about oneself, even when it names
  /// no role the advisor knows.
  @Test(arguments: ["I manage 12 engineers", "I lead a team of six at a utility", "I oversee two plants"])
  func whomOneManagesIsAProfileStatement(message: String) {
    #expect(TestAdvisor.reply(message).intent == .profile, "'\(message)'")
  }

  @Test func aGreetingBeforeTheFactsIsStillAProfileStatement() {
    let reply = TestAdvisor.reply("hi!! I'm a junior studying industrial engineering, graduating in May")
    #expect(reply.intent == .profile)
    #expect(TestAdvisor.reply("hi there!").intent == .greeting)
  }

  @Test func managingATeamOfEngineersIsTheEngineeringManagersJob() {
    #expect(
      profile(after: "I manage a team of 6 engineers at a medical device company").role == .engineeringManager
    )
    #expect(profile(after: "I want to manage a team someday").role == nil)
  }

  @Test func aRecentGraduateStatesWithoutAnI() {
    let reply = TestAdvisor.reply(
      "just graduated with a BS in electrical, starting as a project engineer next month!")
    #expect(reply.intent == .profile)
    #expect(
      profile(after: "just graduated with a BS in electrical, starting as a project engineer").role
        == .projectEngineer)
  }

  @Test(arguments: [
    "I'm a PM, is an MEM worth it for me", "give me the salary range for senior engineering directors",
    "I work in software. how long does it take to become an EM?", "do I want to be a manager?",
  ])
  func aStatementThatAlsoAsksIsAnsweredAsItsQuestion(message: String) {
    #expect(TestAdvisor.reply(message).intent != .profile, "'\(message)'")
  }

  @Test func aRoleOneIsThinkingAboutIsAGoal() {
    let noted = profile(after: "I'm a project engineer, thinking about program manager long term")
    #expect(noted.role == .projectEngineer && noted.targetRole == .programManager)
  }

  @Test(arguments: [
    ("I'd like to be a VP of engineering one day.", RoleID.vpEngineering),
    ("I would love to become a director someday", .engineeringDirector),
    ("I intend to become a project manager", .projectManager),
    // A stressing adverb is looked through: "really like to" is "like to".
    ("I'd really like to become an EM", .engineeringManager),
    ("I'd really like to become an EM in the next few years", .engineeringManager),
  ])
  func aGoalSaidWithASofterVerbIsStillAGoal(statement: String, goal: RoleID) {
    #expect(TestAdvisor.reply(statement).intent == .profile, "'\(statement)'")
    #expect(profile(after: statement).targetRole == goal, "'\(statement)'")
  }

  @Test func negationsAndWishesAreNotClaims() {
    #expect(profile(after: "I don't have a PMP").certifications.isEmpty)
    #expect(profile(after: "I'm thinking about an MBA").degrees.isEmpty)
  }

  @Test(arguments: [
    "I am a civil engineering graduate. Should I do a masters in construction management or take the PMP exam first?",
    "I'm a mechanical engineer applying for an MBA next year",
    "I'm a project engineer, am I eligible to sit for the PMP exam?",
  ])
  func aCredentialTheUserWouldTakeIsNotHeld(statement: String) {
    let profile = profile(after: statement)
    #expect(profile.certifications.isEmpty && profile.degrees.isEmpty, "'\(statement)'")
  }

  @Test func aCredentialTakenIsHeldAndARoleStartedIsTheUsers() {
    #expect(profile(after: "I'm a project engineer and I have taken the PMP").certifications == [.pmp])
    #expect(profile(after: "I'm starting as a project engineer and I have a PMP").role == .projectEngineer)
  }

  @Test func twoRolesWeighedAsGoalsSetNeitherAndNeitherIsTheUsers() {
    for statement in [
      "I'm a software developer thinking about EM vs staff engineer",
      "I want to become a project manager or a construction manager",
    ] {
      let profile = profile(after: statement)
      #expect(profile.targetRole == nil && profile.role == nil, "'\(statement)'")
    }
  }

  @Test func aGoalAfterAnotherIsTheGoal() {
    let profile = profile(after: "I want to become a project manager and then a director")
    #expect(profile.targetRole == .engineeringDirector && profile.role == nil)
  }

  @Test func aQuestionPutAsDoubtIsAskedNotClaimed() {
    let doubt = "I'm a bit unsure whether I ought to get a PMP or a Scrum Master certificate."
    #expect(profile(after: doubt).certifications.isEmpty)
    #expect(TestAdvisor.reply(doubt).intent == .certifications)
  }

  @Test func theAdvisorAcknowledgesWhatItUnderstood() {
    let reply = TestAdvisor.reply("I'm a civil engineer with 4 years of experience.")
    #expect(reply.intent == .profile)
    #expect(reply.text.contains("civil") && reply.text.contains("4 years"))
  }

  @Test func adviceChangesWithTheProfile() {
    let engineer = TestAdvisor.conversation([
      "I'm a project engineer with 3 years of experience.", "what should I do next?",
    ])
    let manager = TestAdvisor.conversation([
      "I'm an engineering manager with a PMP.", "what should I do next?",
    ])
    #expect(engineer[1].intent == .advice && manager[1].intent == .advice)
    #expect(engineer[1].text.contains("engineering manager"))
    #expect(engineer[1].text.contains("3 years"))
    #expect(manager[1].text.contains("engineering director"))
    #expect(manager[1].text.contains("You already hold Project Management Professional"))
    #expect(engineer[1].text != manager[1].text)
  }

  @Test func adviceAimsAtTheRoleTheConversationWasAbout() {
    // No goal was said, but the user asked how to become an EM: the advice times the way there.
    let replies = TestAdvisor.conversation([
      "I'm a mechanical engineer with 7 years of experience.", "how do I become an engineering manager?",
      "ok, what would you do first",
    ])
    #expect(replies[2].intent == .advice)
    #expect(replies[2].entities.roles == [.engineeringManager])
    #expect(replies[2].text.contains("Typical time to become an engineering manager: BLS lists 5 years"))
    #expect(replies[2].text.contains("With 7 years, you are within that span."))
  }

  @Test(arguments: [
    "im a junior studying civil engineering", "I'm a 2nd year industrial engineering student",
    "I'm a sophomore in mechanical engineering",
  ])
  func aStudentIsNotedAsStudying(statement: String) {
    let noted = profile(after: statement)
    #expect(noted.isStudying, "'\(statement)'")
    #expect(noted.role == nil, "'\(statement)'")
  }

  @Test(arguments: ["I'm studying for the PMP", "This is my first job since completing my undergrad"])
  func studyingForAnExamOrAFinishedDegreeIsNotStudying(statement: String) {
    #expect(!profile(after: statement).isStudying, "'\(statement)'")
  }

  @Test func aRoleStatedLaterEndsStudying() {
    var profile = Profile()
    profile.isStudying = true
    var update = Profile()
    update.role = .projectEngineer
    profile.merge(update)
    #expect(!profile.isStudying)
  }

  @Test func aStudentIsAdvisedWhereTheLadderStartsAndNotOfferedThePMP() {
    let replies = TestAdvisor.conversation([
      "I'm a sophomore in mechanical engineering and I want to become an engineering manager someday",
      "what should I do now?",
    ])
    let advice = replies[1].text
    #expect(replies[1].intent == .advice)
    #expect(advice.contains("you're studying"))
    #expect(
      advice.contains(
        "The ladder starts at the entry level: Entry-level roles in engineering management include"))
    #expect(
      advice.contains("is aimed at recent graduates and students close to finishing an engineering degree"))
    #expect(advice.contains("To become an engineering manager later: BLS lists 5 years"))
    #expect(!advice.contains("Project Management Professional"))
    #expect(!advice.contains("You named no role"))
  }

  @Test func adviceWithoutAProfileAsksForOne() {
    #expect(TestAdvisor.reply("what should I do next?").text.hasPrefix("Tell me about yourself first"))
  }

  @Test func adviceWithoutAProfileGoesTowardsTheRoleDiscussed() {
    let replies = TestAdvisor.conversation([
      "how do I become an engineering manager?", "ok, what should I do first?",
    ])
    #expect(replies[1].intent == .advice)
    #expect(replies[1].text.hasPrefix("Until you tell me about yourself"))
    #expect(replies[1].text.contains("Becoming an engineering manager:"))
    #expect(replies[1].text.contains("Skills to build:"))
  }

  @Test func timelineComparesTheUsersYears() {
    let replies = TestAdvisor.conversation([
      "I'm a mechanical engineer with 2 years of experience.", "How long until I can be a project manager?",
    ])
    #expect(replies[1].intent == .timeline)
    #expect(replies[1].entities.roles == [.projectManager])
    #expect(replies[1].text.contains("five and eight"))
    #expect(replies[1].text.contains("2 years"))
  }

  @Test func questionsAboutMyRoleUseTheProfile() {
    let replies = TestAdvisor.conversation([
      "I work as a junior project manager.", "What certifications should I get?", "what comes after my role?",
    ])
    #expect(replies[1].entities.roles == [.juniorProjectManager])
    #expect(replies[2].intent == .nextStep)
    #expect(replies[2].entities.roles == [.juniorProjectManager])
  }

  @Test func aRoleComparedWithMineIsComparedWithTheUsersRole() {
    let replies = TestAdvisor.conversation([
      "I am an engineering manager", "how is a director's day different from mine?",
    ])
    #expect(replies[1].intent == .compare)
    #expect(Set(replies[1].entities.roles) == [.engineeringManager, .engineeringDirector])
  }

  @Test(arguments: [
    ("I got an offer for 165k as engineering manager, is it fair?", RoleID.engineeringManager),
    ("I'm interviewing for a director role", .engineeringDirector),
  ])
  func aRoleOfferedOrSoughtIsAGoalNotARoleHeld(message: String, goal: RoleID) {
    let noted = profile(after: message)
    #expect(noted.role == nil)
    #expect(noted.targetRole == goal)
  }

  @Test func anOfferNamedAfterItsRoleIsThatRolesNotTheNextOnes() {
    let noted = profile(after: "I'm weighing a VP offer against staying principal")
    #expect(noted.targetRole == .vpEngineering)
    #expect(noted.role == .principalEngineer)
  }
}

@Suite struct YearsOfExperienceTests {
  @Test(arguments: [
    ("Between five and eight years, depending on industry.", 5, 8 as Int?),
    ("BLS lists 5 years or more of related work experience", 5, nil),
    ("directors more often 5–10 years", 5, 10),
    ("one to two years", 1, 2),
  ])
  func readsTheSpanASourceGives(text: String, low: Int, high: Int?) {
    let cues = IntentLibrary.embedded().cues
    #expect(YearsOfExperience(text, cues: cues) == YearsOfExperience(low: low, high: high))
  }

  @Test func comparesTheUsersYears() {
    let span = YearsOfExperience(low: 5, high: 8)
    #expect(span.compare(3) == -1 && span.compare(6) == 0 && span.compare(9) == 1)
    #expect(YearsOfExperience("no numbers here", cues: IntentLibrary.embedded().cues) == nil)
  }
}

@Suite struct AboutMeTests {
  @Test func skillsForMeAreThoseOfTheRoleIAimFor() {
    let replies = TestAdvisor.conversation([
      "I want to become an engineering director", "what skills do I need?",
    ])
    #expect(replies[1].intent == .skills)
    #expect(replies[1].entities.roles == [.engineeringDirector])
    #expect(replies[1].text.hasPrefix("(Using the role you aim for, engineering director.)"))
  }

  @Test func whatINeedForTheRoleJustDiscussedUsesItWhenIHaveNamedNoGoal() {
    let replies = TestAdvisor.conversation([
      "I work as a supply chain analyst", "is it too late for me to move toward operations manager",
      "what skills would I need to build",
    ])
    #expect(replies[2].intent == .skills)
    #expect(replies[2].entities.roles == [.operationsManager])
    let track = TestAdvisor.conversation([
      "How do I become an engineering manager?", "How do I get into management?",
    ])
    #expect(track[1].entities.roles.isEmpty)
  }

  /// `isEmpty` reads the slots one by one: any slot filled makes a profile other than `Profile()`.
  @Test func aProfileIsEmptyOnlyWithNoSlotFilled() {
    var filled: [Profile] = []
    func with(_ fill: (inout Profile) -> Void) {
      var profile = Profile()
      fill(&profile)
      filled.append(profile)
    }
    with { $0.role = .engineeringManager }
    with { $0.years = 0 }
    with { $0.discipline = .civil }
    with { $0.industry = .aerospace }
    with { $0.degrees = [.mba] }
    with { $0.certifications = [.pmp] }
    with { $0.targetRole = .engineeringDirector }
    with { $0.isStudying = true }
    #expect(Profile().isEmpty)
    for profile in filled {
      #expect(!profile.isEmpty)
      #expect(profile != Profile())
    }
  }

  @Test func thanksAndByeTogetherIsAFarewell() {
    #expect(TestAdvisor.reply("thanks, bye").intent == .farewell)
  }
}
