import Testing

@testable import AdvisorCore

/// A question that names a role but is likelier off-topic stays declined in the middle of a
/// conversation, small talk in its own words stays small talk, and a short follow-up about
/// another role carries the topic on.
@Suite struct OffTopicInConversationTests {
  @Test func aRoleNamedInAnOffTopicQuestionDoesNotCarryTheTopic() {
    let replies = TestAdvisor.conversation([
      "how much does an engineering manager make?", "which pizza place do directors in Seattle like?",
    ])
    #expect(replies[1].intent == .unknown)
  }

  /// The manager of a football club is none of the roles: the declined reply names none, and
  /// "they" still points at the role discussed before it.
  @Test func aDeclinedQuestionNamesNoRole() {
    let replies = TestAdvisor.conversation([
      "how much do directors make?", "Who's the manager of Manchester United right now?",
      "how much do they make?",
    ])
    #expect(replies[1].intent == .unknown)
    #expect(replies[1].entities.roles.isEmpty)
    #expect(replies[2].entities.roles == [.engineeringDirector])
  }

  @Test(arguments: ["is that true for directors too?", "do directors have it easier?"])
  func aShortQuestionAboutAnotherRoleCarriesTheTopic(question: String) {
    let replies = TestAdvisor.conversation(["how much does an engineering manager make?", question])
    #expect(replies[1].intent == .salary, "'\(question)'")
    #expect(replies[1].entities.roles == [.engineeringDirector], "'\(question)'")
  }

  @Test func smallTalkInItsOwnWordsIsNotPlacedOnTheTopic() {
    let replies = TestAdvisor.conversation([
      "Which certifications help a construction manager?", "Great - that's everything, have a good one",
    ])
    #expect(replies[1].intent == .thanks || replies[1].intent == .farewell)
    #expect(replies[1].entities.roles.isEmpty)
  }

  @Test func thanksAndFarewellTogetherAreSmallTalkWhateverThatPointsAt() {
    let replies = TestAdvisor.conversation([
      "What comes after an engineering director?", "I am much obliged to you. That will be all for today.",
    ])
    #expect(replies[1].intent == .thanks || replies[1].intent == .farewell)
  }

  @Test func anOffTopicQuestionThatHappensToNameASettingIsNoFollowUp() {
    let replies = TestAdvisor.conversation([
      "how much do engineering managers make?", "can you recommend a good mechanical pencil",
    ])
    #expect(replies[1].intent == .unknown)
    let followUp = TestAdvisor.conversation(["how much do engineering managers make?", "and in mechanical?"])
    #expect(followUp[1].intent == .salary)
  }
}
