import Testing

@testable import AdvisorCore

@Suite struct LearnedWeightsTests {
  /// Weights for two features over three intents, built the way the generator builds them.
  static func weights(_ values: [Float]) -> LearnedWeights {
    var model = LinearModel(featureCount: 2, classCount: 3)
    model.weights = values
    return LearnedWeights(
      model: model, features: ["how much", "salary"], intents: ["a", "b", "c"],
      calibration: Calibration(temperature: 1, offTopicThreshold: 0.3, unsureMargin: 0.05))
  }

  @Test func eachWeightReadsBackToTheHundredth() {
    let weights = Self.weights([2.734, -3.2, 0, 0.004, 0.5, -0.016])
    #expect(weights.weights(of: "how much").map(\.intent) == [0, 1])
    #expect(weights.weights(of: "how much").map(\.weight) == [2.73, -3.2])
    #expect(weights.weights(of: "salary").map(\.intent) == [1, 2])
    #expect(weights.weights(of: "salary").map(\.weight) == [0.5, -0.02])
    #expect(weights.weights(of: "how").isEmpty)
  }

  @Test func aLineIsTheFeatureATabAndThreeDigitsAWeight() {
    let weights = Self.weights([2.734, -3.2, 0, 0, 0, 0])
    // Intent 0, 273 + 2048 = 2321 = 36·64 + 17 ("a", "H"); intent 1, 2048 - 320 = 1728 (27·64).
    #expect(weights.table == "how much\t0aH1R0\n")
  }

  @Test func aWeightBeyondWhatTwoDigitsHoldIsHeldAtTheEnds() {
    let weights = Self.weights([25, -25, 0, 0, 0, 0])
    #expect(weights.weights(of: "how much").map(\.weight) == [20.47, -20.48])
  }

  /// Scoring reads a question's features from their bytes; it must count what the spelled-out
  /// features count, each once, even when a question repeats a word or a pair.
  @Test func scoringFromTheQuestionEqualsScoringItsSpelledOutFeatures() {
    let analyzer = TestAdvisor.analyzer()
    let weights = analyzer.classifier.learned
    for question in [
      "how much does an engineering manager make?", "manager manager manager vs director director",
      "the the the pay pay", "hi",
    ] {
      let analysis = analyzer.analyze(question)
      let hand = weights.intents.map { _ in 0.0 }
      let fromFeatures = weights.scores(of: analysis.classification.features, hand: hand)
      let fromQuestion = weights.scores(of: analysis.input, cues: analysis.cues, hand: hand)
      #expect(fromQuestion == fromFeatures, "'\(question)'")
    }
  }
}
