import Testing

@testable import AdvisorCore

@Suite struct RankedIntentsTests {
  static let questions = [
    "bye", "how much does an engineering manager make?", "what does a director do all day?", "asdfgh",
    "is taking the managerial position worth it?", "how long is an MBA?",
  ]

  /// The ranked intents read as scored intents with their own ids, most probable first, ties
  /// in the classifier's order.
  @Test(arguments: questions)
  func rankedIntentsReadInRankWithTheirIds(question: String) {
    let analyzer = TestAdvisor.analyzer()
    let ranked = analyzer.analyze(question).classification.ranked
    let order = analyzer.classifier.intentOrder
    #expect(ranked.count == ranked.entries.count)
    for (scored, entry) in zip(ranked, ranked.entries) {
      #expect(scored.intent == order[entry.place])
      #expect(scored.probability == entry.probability && scored.score == entry.score)
    }
    for (higher, lower) in zip(ranked.entries, ranked.entries.dropFirst()) {
      #expect(
        higher.probability > lower.probability
          || higher.probability == lower.probability && higher.place < lower.place)
    }
  }

  /// Each ranked intent's hand-written score is found where the last one's ended: its score
  /// and topic score are still the sums of its own matched terms' weights, in the order they
  /// matched.
  @Test(arguments: questions)
  func eachHandScoreSumsItsOwnMatchedTerms(question: String) {
    let classification = TestAdvisor.analyzer().analyze(question).classification
    for scored in classification.ranked {
      let matched = classification.matched(of: scored)
      #expect(scored.hand.score == matched.reduce(0) { $0 + $1.weight }, "\(scored.intent.rawValue)")
      let words = matched.filter { if case .words = $0.term { true } else { false } }
      #expect(scored.hand.topicScore == words.reduce(0) { $0 + $1.weight }, "\(scored.intent.rawValue)")
    }
  }
}
