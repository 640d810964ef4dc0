import Testing

@testable import AdvisorCore

/// A question that names one role and points at the one under discussion as a place on the
/// way is about the way between the two (`context: way between`).
@Suite struct WayBetweenTests {
  @Test func gettingThereFromANamedRoleStartsAtTheNamedRole() {
    let replies = TestAdvisor.conversation([
      "What does an R&D manager do?", "how long does it usually take to get there from R&D engineer?",
    ])
    #expect(replies[1].intent == .timeline)
    #expect(replies[1].entities.roles == [.rdEngineer, .rdManager])
  }

  @Test func becomingOneIsBecomingTheRoleUnderDiscussion() {
    let replies = TestAdvisor.conversation([
      "What does an R&D manager do?", "How would an R&D engineer become one?",
    ])
    #expect(replies[1].intent == .become)
    #expect(replies[1].entities.roles == [.rdEngineer, .rdManager])
    #expect(replies[1].text.hasPrefix("Becoming an R&D manager"))
  }

  @Test func theyWhoTakeAStepAreHoldersOfTheRoleUnderDiscussion() {
    let replies = TestAdvisor.conversation([
      "What do project engineers do?", "how do they become project managers?",
    ])
    #expect(replies[1].intent == .become)
    #expect(replies[1].entities.roles == [.projectEngineer, .projectManager])
  }

  @Test func fromThereStartsAtTheRoleUnderDiscussion() {
    let replies = TestAdvisor.conversation([
      "What does a project engineer do?", "and how many years from there to project manager?",
    ])
    #expect(replies[1].intent == .timeline)
    #expect(replies[1].entities.roles == [.projectEngineer, .projectManager])
  }

  @Test func thereAfterTheNamePointsBackAtIt() {
    let replies = TestAdvisor.conversation([
      "What does an R&D engineer do?", "I want to be an R&D manager eventually. how do I get there?",
    ])
    #expect(replies[1].entities.roles == [.rdManager])
  }

  @Test func theWayFollowsOnIntoTheNextQuestion() {
    let replies = TestAdvisor.conversation([
      "What does an R&D manager do?", "How would an R&D engineer become one?",
      "Roughly how many years would that take?",
    ])
    #expect(replies[2].intent == .timeline)
    #expect(replies[2].entities.roles == [.rdEngineer, .rdManager])
  }

  @Test func theTimeOfAWayIsTheTargetsAlone() {
    let replies = TestAdvisor.conversation([
      "What does an R&D manager do?", "how long to get there from R&D engineer?",
    ])
    #expect(replies[1].intent == .timeline)
    #expect(replies[1].entities.roles == [.rdEngineer, .rdManager])
    #expect(
      replies[1].text
        == "The sources I have do not say how long it takes to go from an R&D engineer to an R&D manager.")
  }

  @Test func aCareerPathFollowUpSaysWhereTheRoleStandsOnTheLadder() {
    let replies = TestAdvisor.conversation([
      "What does a director of engineering do?", "what does the ladder look like on the way there?",
    ])
    #expect(replies[1].intent == .careerPath)
    #expect(replies[1].entities.roles == [.engineeringDirector])
    #expect(replies[1].text.contains("Engineering director is on the advanced leadership stage"))
  }
}
