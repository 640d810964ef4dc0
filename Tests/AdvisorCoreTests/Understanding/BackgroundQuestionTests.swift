import Testing

@testable import AdvisorCore

/// A message that gives background before it asks is answered as the question it ends with.
@Suite struct BackgroundQuestionTests {
  static let background =
    "Some background: I am a project engineer at a water utility, eight years in, and I run two junior engineers. My degree is in civil engineering. What does a program manager do?"

  @Test func aMessageOfBackgroundIsReadAsTheQuestionItEndsWith() {
    let analyzer = TestAdvisor.analyzer()
    #expect(analyzer.analyze(Self.background).classification.intent == .profile)
    let message = analyzer.analyzeMessage(Self.background)
    #expect(message.classification.intent == .roleOverview)
    #expect(message.askedQuestion == "What does a program manager do?")
    #expect(message.entities.roles == [.projectEngineer, .programManager])
    #expect(Explanation.render(message).contains("the intents are those of its last sentence"))
  }

  @Test func theProfileStillLearnsFromTheBackground() {
    var state = ConversationState()
    let reply = TestAdvisor.advisor().respond(to: Self.background, state: &state)
    #expect(reply.intent == .roleOverview)
    #expect(state.profile.role == .projectEngineer)
    #expect(state.profile.years == 8)
    #expect(state.profile.discipline == .civil)
  }

  @Test(arguments: [
    "I am a project engineer at a water utility. Eight years in, civil engineering degree.",
    "I am a project engineer at a water utility. Eight years in. Thanks?",
  ])
  func backgroundWithoutATopicalQuestionStaysAStatement(message: String) {
    let analysis = TestAdvisor.analyzer().analyzeMessage(message)
    #expect(analysis.classification.intent == .profile)
    #expect(analysis.askedQuestion == nil)
  }

  @Test(
    arguments: [
      ("Background first. I run a team. What next?", "What next?"),
      ("One. Two!  Three?", "Three?"),
      ("What does a PM do?", nil),
      ("Version 2.5 is out", nil),
      ("Done. ", nil),
    ] as [(String, String?)])
  func theLastSentenceFollowsTheLastSentenceEnd(message: String, last: String?) {
    #expect(QuestionAnalyzer.lastSentence(of: message) == last)
  }
}
