import Testing

@testable import AdvisorCore

/// A follow-up that only names another degree or certification asks what the question before
/// asked of the first ("how long"); one that only names another role asks the facet of a topic
/// file the question before asked ("team size", "remote").
@Suite struct FacetsInContextTests {
  @Test func howLongCarriesToTheNextDegree() {
    let replies = TestAdvisor.conversation(["how long is an MEM?", "and an MBA?"])
    #expect(replies[1].intent == .education)
    #expect(replies[1].text.contains("How long: About 2 years beyond the bachelor's degree"))
    #expect(!replies[1].text.contains("What it teaches:"))
  }

  @Test func howLongCarriesToTheNextCertification() {
    let replies = TestAdvisor.conversation(["how long does the PMP take?", "and the PE?"])
    #expect(replies[1].entities.certifications == [.peLicense])
    #expect(replies[1].text.contains("How long: About four years of experience, two exams"))
    #expect(!replies[1].text.contains("Issuer:"))
  }

  @Test func aFollowUpThatWeighsTheTwoGetsTheSideBySide() {
    let replies = TestAdvisor.conversation(["how long is an MEM?", "and versus an MBA?"])
    #expect(replies[1].text.hasPrefix("MBA vs MEM:"))
  }

  @Test func aTurnBetweenEndsTheCarry() {
    let replies = TestAdvisor.conversation(["how long is an MEM?", "thanks", "and an MBA?"])
    #expect(replies[2].text.contains("What it teaches:"))
  }

  @Test func aTopicFacetCarriesToTheNextRole() {
    let team = TestAdvisor.conversation(["how many people does an engineering manager manage?", "and a VP?"])
    #expect(team[1].intent == .roleOverview)
    #expect(team[1].text.hasPrefix("Team size:"))
    let remote = TestAdvisor.conversation(["can directors work remotely?", "what about project managers?"])
    #expect(remote[1].intent == "work_life")
    #expect(remote[1].entities.roles == [.projectManager])
    #expect(remote[1].text.contains("teleworked"))
    let newTopic = TestAdvisor.conversation([
      "can directors work remotely?", "how stressful is it for project managers?",
    ])
    #expect(!newTopic[1].text.contains("teleworked"))
  }
}
