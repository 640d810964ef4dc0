import Testing

@testable import AdvisorCore

@Suite struct CredentialsInContextTests {
  @Test func aCertificationTheUserHoldsIsBackgroundToWhatNext() {
    let reply = TestAdvisor.reply("I'm a civil engineer with 4 years of experience and an EIT, what next?")
    #expect(reply.intent == .advice)
    #expect(reply.entities.certifications == [.eit])
    #expect(reply.text.contains("You already hold Engineer in Training (EIT)."))
  }

  @Test func aCertificationHeldIsBackgroundRightAfterCertifications() {
    let replies = TestAdvisor.conversation([
      "which certifications help?", "I am a civil engineer with 4 years of experience and an EIT, what next?",
    ])
    #expect(replies[1].intent == .advice)
  }

  /// Advice is the runner-up reading of both, but each asks about the certification held.
  @Test(arguments: [
    ("I'm a civil engineer with an EIT, is it worth it for my next step?", CertificationID.eit),
    ("I hold a PMP, do I need it to become a PM next?", .pmp),
  ])
  func aCertificationHeldAndAskedAboutStaysTheSubject(question: String, held: CertificationID) {
    let reply = TestAdvisor.reply(question)
    #expect(reply.intent == .certifications)
    #expect(reply.entities.certifications == [held])
  }

  @Test func aCredentialTheSourcesDoNotCoverIsNotTheOneBefore() {
    let replies = TestAdvisor.conversation([
      "should I get my PE license?", "and is the CAPM worth it for me?",
    ])
    #expect(replies[0].entities.certifications == [.peLicense])
    #expect(replies[1].intent == .certifications)
    #expect(replies[1].entities.certifications.isEmpty)
    #expect(replies[1].text.hasPrefix("The sources I have say nothing about the CAPM.\n"))
  }

  /// Once the conversation is on certifications, a bare "PE" is the licence; "a PE" is still
  /// a person, the project engineer.
  @Test func aBarePEAfterCertificationsIsTheLicence() {
    let replies = TestAdvisor.conversation([
      "is the PMP worth it?", "and the PE?", "what certifications would help a project manager?", "and a PE?",
    ])
    #expect(replies[1].intent == .certifications)
    #expect(replies[1].entities.certifications == [.peLicense])
    #expect(replies[1].entities.roles.isEmpty)
    #expect(replies[1].text.contains("Professional Engineer (PE) license"))
    #expect(replies[3].entities.roles == [.projectEngineer])
    #expect(replies[3].entities.certifications.isEmpty)
  }

  @Test func aBarePEWithoutCertificationsIsTheProjectEngineer() {
    let replies = TestAdvisor.conversation(["what does a project manager do?", "and the PE?"])
    #expect(replies[1].entities.roles == [.projectEngineer])
    #expect(replies[1].entities.certifications.isEmpty)
  }

  @Test func likeningADegreeToAnotherSetsThemSideBySide() {
    let replies = TestAdvisor.conversation(["what is an MEM?", "is it basically the same thing as an MBA?"])
    #expect(replies[1].intent == .education)
    #expect(Set(replies[1].entities.degrees) == [.mem, .mba])
    #expect(replies[1].text.hasPrefix("MBA vs MEM:"))
  }
}
