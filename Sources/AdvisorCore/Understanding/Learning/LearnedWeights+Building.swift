/// Scoring with the learned weights, and building them from a trained model.
extension LearnedWeights {
  /// Weights for intents with no examples to learn from: only the hand-written scores count,
  /// and the thresholds are the ones the standard corpus chose, rounded.
  static func untrained(_ intents: [IntentID]) -> LearnedWeights {
    LearnedWeights(
      intents: intents, bias: intents.map { _ in 0 }, prior: 1, temperature: 1, offTopicThreshold: 0.3,
      unsureMargin: 0.05, table: "", index: "")
  }

  /// Each intent's score for a question with these features and hand-written scores, in
  /// `intents` order.
  func scores(of features: [String], hand: [Double]) -> [Double] {
    var scores = bias
    scores.withUnsafeMutableBufferPointer { scores in
      addWeights(of: features, to: scores)
      hand.withUnsafeBufferPointer { addPrior($0, to: scores) }
    }
    return scores
  }

  /// Each intent's score for a question, read from its input and cues, with these
  /// hand-written scores, in `intents` order: the same as from its features, without
  /// spelling them out.
  func scores(of input: ClassifierInput, cues: Cues, hand: [Double]) -> [Double] {
    var scores = bias
    scores.withUnsafeMutableBufferPointer { scores in
      hand.withUnsafeBufferPointer { self.scores(of: input, cues: cues, hand: $0, into: scores) }
    }
    return scores
  }

  /// Writes each intent's score for a question into `scores`, a buffer of one element an
  /// intent: the classifier's, on the stack, where an array a question was made and freed.
  func scores(
    of input: ClassifierInput, cues: Cues, hand: UnsafeBufferPointer<Double>,
    into scores: UnsafeMutableBufferPointer<Double>
  ) {
    for intent in scores.indices { scores[intent] = intent < bias.count ? bias[intent] : 0 }
    addWeights(of: input, cues: cues, to: scores)
    addPrior(hand, to: scores)
  }

  /// Adds the hand-written scores, times the prior, to `scores`, in place.
  private func addPrior(_ hand: UnsafeBufferPointer<Double>, to scores: UnsafeMutableBufferPointer<Double>) {
    for index in scores.indices { scores[index] += prior * hand[index] }
  }

  /// The weights of a trained model, each rounded to hundredths (and held to what two digits
  /// hold); features whose weights all round to zero are dropped.
  init(
    model: LinearModel, features: [String], intents: [IntentID], calibration: Calibration
  ) {
    var lines: [(key: [UInt8], line: String)] = []
    for (index, feature) in features.enumerated() {
      let row = index * model.classCount
      let biased = (0..<model.classCount).map { intent in
        let hundredths = Int((Double(model.weights[row + intent]) * 100).rounded())
        return min(max(hundredths + Self.weightBias, 0), 2 * Self.weightBias - 1)
      }
      guard biased.contains(where: { $0 != Self.weightBias }) else { continue }
      let digits = biased.map { TableDigits.digit($0 >> 6) } + biased.map { TableDigits.digit($0 & 63) }
      lines.append((Array(feature.utf8), feature + "\t" + String(decoding: digits, as: UTF8.self)))
    }
    lines.sort { $0.key.lexicographicallyPrecedes($1.key) }
    var table = ""
    var starts: [Int] = []
    for (_, line) in lines {
      starts.append(table.utf8.count)
      table += line + "\n"
    }
    self.init(
      intents: intents, bias: model.bias.map { (Double($0) * 100).rounded() / 100 },
      prior: (Double(model.prior) * 100).rounded() / 100, temperature: calibration.temperature,
      offTopicThreshold: calibration.offTopicThreshold, unsureMargin: calibration.unsureMargin, table: table,
      index: FeatureIndex.build(keys: lines.map(\.key), starts: starts))
  }
}
