import Testing

@testable import AdvisorCore

/// Topics that go on about the role under discussion when a question names none, as the
/// contract has it ("When a question carries no role but the conversation has one, the role
/// comes from the conversation").
@Suite struct RolesCarriedIntoTopicsTests {
  @Test func anIndustryQuestionGoesOnAboutTheRole() {
    let replies = TestAdvisor.conversation([
      "What does an engineering manager do?", "Is automotive a good option?",
    ])
    #expect(replies[1].intent == .industries)
    #expect(replies[1].entities.roles == [.engineeringManager])
    #expect(replies[1].entities.industries == [.automotive])
  }

  @Test func aTrackQuestionGoesOnAboutTheRoleAndItsTitleIsNoRole() {
    let replies = TestAdvisor.conversation([
      "What does a staff engineer do?", "do I actually have to become a manager to keep growing?",
    ])
    #expect(replies[1].intent == IntentID("track_choice"))
    #expect(replies[1].entities.roles == [.staffEngineer])
  }

  @Test func aTrackQuestionOpeningAConversationIsAboutNoRole() {
    let replies = TestAdvisor.conversation(["do I actually have to become a manager to keep growing?"])
    #expect(replies[0].intent == IntentID("track_choice"))
    #expect(replies[0].entities.roles.isEmpty)
  }
}
