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

  @Test func aLineIsTheFeatureATabThenEveryIntentsHighDigitThenEveryLowDigit() {
    let weights = Self.weights([2.734, -3.2, 0, 0, 0, 0])
    // 273 + 2048 = 2321 = 36·64 + 17; 2048 - 320 = 1728 = 27·64 + 0; 0 + 2048 = 32·64 + 0. A
    // digit is "0" plus its value: 36 "T", 27 "K", 32 "P"; 17 "A", 0 "0". "salary", all zero,
    // has no line.
    #expect(weights.table == "how much\tTKPA00\n")
  }

  @Test func aWeightBeyondWhatTwoDigitsHoldIsHeldAtTheEnds() {
    let weights = Self.weights([25, -25, 0, 0, 0, 0])
    #expect(weights.weights(of: "how much").map(\.weight) == [20.47, -20.48])
  }

  /// A line is added whole, zeros included, and its weights summed in whole hundredths: the
  /// scores must be the bias plus each intent's exact sum of hundredths, divided once.
  @Test func addingWholeLinesAddsEachIntentsExactSumOfHundredths() {
    let analyzer = TestAdvisor.analyzer()
    let weights = analyzer.classifier.learned
    for question in [
      "how much does an engineering manager make?", "is an MBA worth it for a principal engineer",
      "what certifications help a civil engineer become a project manager?",
    ] {
      let features = analyzer.analyze(question).classification.features
      var hundredths = weights.bias.map { _ in 0 }
      for feature in features {
        for (intent, weight) in weights.weights(of: feature) {
          hundredths[intent] += Int((weight * 100).rounded())
        }
      }
      let expected = zip(weights.bias, hundredths).map { $0 + Double($1) / 100 }
      let hand = weights.intents.map { _ in 0.0 }
      #expect(weights.scores(of: features, hand: hand) == expected, "'\(question)'")
    }
  }

  /// Scoring reads a question's features from their bytes, and its placeholders and cues from
  /// lines found once; it must count what the spelled-out features count, each once, even
  /// when a question repeats a word or a pair, and when it has more word features than wait
  /// to be looked up at once (`LineSums.mostPending`), as the last question does.
  @Test func scoringFromTheQuestionEqualsScoringItsSpelledOutFeatures() {
    let analyzer = TestAdvisor.analyzer()
    let weights = analyzer.classifier.learned
    for question in [
      "how much does an engineering manager make?", "manager manager manager vs director director",
      "the the the pay pay", "hi",
      "Is a PE license or an MBA worth more than $10,000 to a civil engineer with 4 years?",
    ] {
      let analysis = analyzer.analyze(question)
      let hand = weights.intents.map { _ in 0.0 }
      let fromFeatures = weights.scores(of: analysis.classification.features, hand: hand)
      let fromQuestion = weights.scores(of: analysis.input, cues: analysis.cues, hand: hand)
      #expect(fromQuestion == fromFeatures, "'\(question)'")
    }
  }
}
