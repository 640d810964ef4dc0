/// A multinomial logistic regression over binary features, as training builds it: each
/// feature adds a weight to each intent's score, and the softmax of the scores is each
/// intent's probability.
///
/// Dense, for fast updates; `LearnedWeights` keeps only the weights that matter, for the
/// binary.
struct LinearModel: Sendable, Equatable {
  let featureCount: Int
  let classCount: Int
  /// Weights by feature, then class: `weights[feature * classCount + class]`.
  var weights: [Float]
  var bias: [Float]
  /// How much the intent files' hand-written scores count.
  var prior: Float

  init(featureCount: Int, classCount: Int) {
    self.featureCount = featureCount
    self.classCount = classCount
    weights = Array(repeating: 0, count: featureCount * classCount)
    bias = Array(repeating: 0, count: classCount)
    prior = 0
  }

  /// Adds another model's weights to these, for averaging.
  mutating func add(_ other: LinearModel) {
    for index in weights.indices { weights[index] += other.weights[index] }
    for index in bias.indices { bias[index] += other.bias[index] }
    prior += other.prior
  }

  /// Multiplies every weight by `factor`.
  mutating func scale(by factor: Float) {
    for index in weights.indices { weights[index] *= factor }
    for index in bias.indices { bias[index] *= factor }
    prior *= factor
  }

  /// Each class's score for an example: its features' weights, the bias, and the prior.
  ///
  /// Through buffer pointers: training asks it of every example in every pass.
  func scores(features: [Int], hand: [Float]) -> [Float] {
    var scores = bias
    scores.withUnsafeMutableBufferPointer { scores in
      weights.withUnsafeBufferPointer { weights in
        for feature in features {
          let row = feature * classCount
          for k in 0..<classCount { scores[k] += weights[row + k] }
        }
      }
      for k in 0..<classCount { scores[k] += prior * hand[k] }
    }
    return scores
  }
}

/// Probabilities from scores, by the softmax: classes not allowed get none.
enum Softmax {
  /// The probabilities of `scores`, each divided by `temperature` first (the default leaves
  /// them as they are).
  static func probabilities<Number: BinaryFloatingPoint>(
    _ scores: [Number], dividedBy temperature: Number = 1, allowed: [Bool]
  ) -> [Number] {
    // Reserved and appended to: `Array(repeating:count:)` creates its buffer through an
    // unspecialised path of the standard library that looks its type up at run time.
    let count = min(scores.count, allowed.count)
    var probabilities: [Number] = []
    probabilities.reserveCapacity(count)
    for _ in 0..<count { probabilities.append(0) }
    probabilities.withUnsafeMutableBufferPointer { probabilities in
      scores.withUnsafeBufferPointer { scores in
        allowed.withUnsafeBufferPointer { allowed in
          Self.probabilities(scores, dividedBy: temperature, allowed: allowed, into: probabilities)
        }
      }
    }
    return probabilities
  }

  /// Writes the probabilities of `scores`, each divided by `temperature` first, into
  /// `probabilities`, which has room for as many as `scores` and `allowed` both have.
  ///
  /// Plain loops, with no array between the steps: every question takes one, into a buffer on
  /// the stack. The scores are divided by the temperature once, into the buffer the
  /// probabilities then take their place in.
  static func probabilities<Number: BinaryFloatingPoint>(
    _ scores: UnsafeBufferPointer<Number>, dividedBy temperature: Number, allowed: UnsafeBufferPointer<Bool>,
    into probabilities: UnsafeMutableBufferPointer<Number>
  ) {
    let count = min(scores.count, allowed.count, probabilities.count)
    var top: Number?
    for k in 0..<count {
      let score = scores[k] / temperature
      probabilities[k] = score
      if allowed[k], top.map({ $0 < score }) ?? true { top = score }
    }
    var total: Number = 0
    for k in 0..<count {
      probabilities[k] = allowed[k] ? Number(Exponential.exp(Double(probabilities[k] - (top ?? 0)))) : 0
    }
    for k in 0..<count { total += probabilities[k] }
    if total > 0 { for k in 0..<count { probabilities[k] /= total } }
  }
}
