import Testing

@testable import AdvisorCore

/// "It" as the degree, certification or specialization just discussed (ContextResolver+Topic).
@Suite struct SubjectInContextTests {
  @Test func whatItStandsForOrABareHowLongIsAboutTheThingJustDiscussed() {
    let acronym = TestAdvisor.conversation(["is a CPE worth getting?", "what does it stand for"])
    #expect(acronym[1].intent == .certifications)
    #expect(acronym[1].entities.certifications == [.cpe])
    let degree = TestAdvisor.conversation(["is an MEM worth it?", "how long"])
    #expect(degree[1].intent == .education)
    #expect(degree[1].entities.degrees == [.mem])
  }

  /// "One" after a degree is the degree, and learning in it asks what it teaches.
  @Test func whatYouLearnInOneIsWhatTheDegreeTeaches() {
    let replies = TestAdvisor.conversation([
      "is an MBA worth it for engineers?", "what would I learn in one?",
    ])
    #expect(replies[1].intent == .education)
    #expect(replies[1].entities.degrees == [.mba])
  }

  /// "From there to" names the role as the goal, so "it" is not the licence the user holds.
  @Test func theWayFromThereToARoleIsAboutTheRoleNotTheLicenceHeld() {
    let replies = TestAdvisor.conversation([
      "civil engineer at a mid-size firm, nine years in, licensed PE.",
      "How many years does it usually take to get from there to engineering director?",
    ])
    #expect(replies[1].intent == .timeline)
    #expect(replies[1].entities.certifications.isEmpty)
  }

  @Test func aBareWorthAfterADegreeAsksWhatTheDegreeIsWorth() {
    let replies = TestAdvisor.conversation(["what is an MEM?", "worth?"])
    #expect(replies[0].intent == .education)
    #expect(replies[1].intent == .degreeValue)
    #expect(replies[1].entities.degrees == [.mem])
    #expect(replies[1].text.contains("It can accelerate your path into engineering management."))
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

  @Test(arguments: ["What roles does it usually lead to?", "what jobs does that specialization lead to?"])
  func itAfterASpecializationIsThatSpecialization(question: String) {
    let replies = TestAdvisor.conversation(["what is the systems engineering specialization?", question])
    #expect(replies[1].intent == .specializations, "'\(question)'")
    #expect(replies[1].entities.specializations == [.systemsEngineering], "'\(question)'")
  }

  @Test func aDegreeMeasuredAgainstTheOneJustDiscussedIsAboutBoth() {
    let versus = TestAdvisor.conversation(["is an MEM worth it?", "vs an MBA, which one pays off better?"])
    #expect(versus[1].intent == .degreeValue)
    #expect(Set(versus[1].entities.degrees) == [.mem, .mba])
    let against = TestAdvisor.conversation(["is an MBA worth it", "how does it stack up against an MEM?"])
    #expect(Set(against[1].entities.degrees) == [.mem, .mba])
  }

  /// "One" stands for a degree as "it" does: choosing which of two degrees pays off better
  /// asks their worth, not what they teach.
  @Test func whichOnePaysOffAfterTwoDegreesAsksTheirWorth() {
    let replies = TestAdvisor.conversation([
      "how is an MEM different from an MBA?", "which one has the bigger payoff?",
    ])
    #expect(replies[1].intent == .degreeValue)
    #expect(Set(replies[1].entities.degrees) == [.mem, .mba])
  }

  @Test func aQuestionNamingItsOwnDegreeIsNotAboutTheCertificationJustDiscussed() {
    let replies = TestAdvisor.conversation(["would a PMP help?", "is an MEM worth it?"])
    #expect(replies[1].intent == .degreeValue)
    #expect(replies[1].entities.degrees == [.mem] && replies[1].entities.certifications.isEmpty)
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

  @Test func smallTalkAfterACredentialStaysSmallTalk() {
    let farewell = TestAdvisor.conversation(["what is the PMP?", "perfect, that's all I needed, bye"])
    #expect(farewell[1].intent == .farewell)
    #expect(farewell[1].entities.certifications.isEmpty)
    let thanks = TestAdvisor.conversation(["is the MEM worth it?", "thanks, that's everything I needed"])
    #expect(thanks[1].intent == .thanks)
  }
}
