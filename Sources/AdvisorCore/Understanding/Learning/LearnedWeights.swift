/// The classifier's learned weights, as a table of text, one line per feature.
///
/// A line is the feature as written, a tab, then two digits (`TableDigits`) for each intent,
/// in `intents` order, for the weight in hundredths plus 2048: first every intent's high
/// digit, then every intent's low digit. Every line holds every intent, so adding a line to
/// the scores is one pass over its two halves with no intent to read, which the compiler
/// turns into vector instructions. `advisor intents ID` reads the table out as words and
/// weights.
///
/// The lines are sorted by their bytes, and `index` (a `FeatureIndex`) says where each
/// starts: start-up parses nothing, and a question reads only the lines of its own features.
public struct LearnedWeights: Sendable, Equatable {
  /// The intents the weights are for: an intent's number in `table` is its place here.
  public let intents: [IntentID]
  /// Each intent's score before any feature counts, in `intents` order.
  public let bias: [Double]
  /// How much the intent files' hand-written scores count: the `weight N:` lines stay a
  /// teacher's lever after training.
  public let prior: Double
  /// Scores are divided by this before the softmax, so probabilities match how often the
  /// classifier is right on held-out questions.
  public let temperature: Double
  /// Below this probability the question is off-topic: the advisor says it cannot help.
  public let offTopicThreshold: Double
  /// When the two best probabilities are closer than this, the advisor asks which was meant.
  public let unsureMargin: Double
  /// The weights, one line per feature: the feature, a tab, two digits for each intent's
  /// weight; sorted by bytes.
  public let table: String
  /// Where each line of `table` starts, as a hash table by feature (`FeatureIndex`).
  public let index: String

  public init(
    intents: [IntentID], bias: [Double], prior: Double, temperature: Double, offTopicThreshold: Double,
    unsureMargin: Double, table: String, index: String
  ) {
    self.intents = intents
    self.bias = bias
    self.prior = prior
    self.temperature = temperature
    self.offTopicThreshold = offTopicThreshold
    self.unsureMargin = unsureMargin
    self.table = table
    self.index = index
  }

  /// How many features have weights.
  public var featureCount: Int { table.utf8.lazy.filter { $0 == 10 }.count }

  /// The weights of `feature`, as (intent number, weight), leaving out those of zero; empty
  /// for a feature never seen in training.
  func weights(of feature: String) -> [(intent: Int, weight: Double)] {
    var pairs: [(intent: Int, weight: Double)] = []
    var key = feature
    key.withUTF8 { key in
      withTable { table, index in
        guard let line = FeatureIndex.find(key, table: table, index: index),
          let weights = weights(at: line + key.count + 1, in: table)
        else { return }
        pairs = Self.decode(weights)
      }
    }
    return pairs
  }

  /// Adds the weights of `features` to `scores`, each feature once.
  func addWeights(of features: [String], to scores: inout [Double]) {
    withCounting(scores: &scores, features: features.count) { add in
      for feature in features {
        var key = feature
        key.withUTF8(add)
      }
    }
  }

  /// Adds the weights of every feature of a question to `scores`, each feature once, reading
  /// the features' bytes and the table in place: scoring a question builds no string.
  func addWeights(of input: ClassifierInput, cues: Cues, to scores: inout [Double]) {
    withCounting(scores: &scores, features: LearnedFeatures.mostFeatures(of: input)) { add in
      LearnedFeatures.forEach(of: input, cues: cues, add)
    }
  }

  /// Calls `body` with a function that adds a feature's weights to `scores`.
  ///
  /// A line of the table counts once however often its feature comes: a question repeating a
  /// word counts it once. Where the counted lines start is kept on the stack, with room for
  /// `features` of them.
  private func withCounting(
    scores: inout [Double], features: Int, _ body: (_ add: (UnsafeBufferPointer<UInt8>) -> Void) -> Void
  ) {
    scores.withUnsafeMutableBufferPointer { scores in
      withTable { table, index in
        withUnsafeTemporaryAllocation(of: Int.self, capacity: features) { counted in
          var countedCount = 0
          body { key in
            guard scores.count >= intents.count,
              let line = FeatureIndex.find(key, table: table, index: index),
              countedCount < counted.count, !counted[..<countedCount].contains(line),
              let weights = weights(at: line + key.count + 1, in: table), let scores = scores.baseAddress
            else { return }
            counted[countedCount] = line
            countedCount += 1
            Self.add(weights, to: scores)
          }
        }
      }
    }
  }

  /// The digits of the line whose weights start at `start`, when the line holds two for each
  /// intent and ends there; nil for a line of another table.
  private func weights(at start: Int, in table: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
    let end = start + 2 * intents.count
    guard end < table.count, table[end] == 10 else { return nil }
    return UnsafeBufferPointer(rebasing: table[start..<end])
  }

  /// Calls `body` with the bytes of `table` and `index`.
  private func withTable(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
    _ = table.utf8.withContiguousStorageIfAvailable { table in
      index.utf8.withContiguousStorageIfAvailable { index in body(table, index) }
    }
  }

  /// Every feature with its weights, in table order, for listing an intent's vocabulary.
  public func allWeights() -> [(feature: String, weights: [(intent: Int, weight: Double)])] {
    table.split(separator: "\n").compactMap { line in
      guard let tab = line.firstIndex(of: "\t") else { return nil }
      let digits = Array(line.utf8[line.utf8.index(after: tab)...])
      guard digits.count == 2 * intents.count else { return nil }
      return (
        String(line[..<tab]),
        digits.withUnsafeBufferPointer(Self.decode)
      )
    }
  }

  /// The weights other than zero of a line, from its digits.
  private static func decode(_ digits: UnsafeBufferPointer<UInt8>) -> [(intent: Int, weight: Double)] {
    let count = digits.count / 2
    return (0..<count).compactMap { intent in
      let hundredths = hundredths(digits[intent], digits[count + intent])
      return hundredths == 0 ? nil : (intent, Double(hundredths) / 100)
    }
  }

  /// Adds a line's weights, from its digits, to the scores of its intents: a plain loop over
  /// both halves of the line, with no intent to read and nothing to check per weight, which
  /// the compiler turns into vector instructions.
  ///
  /// Each weight is divided into hundredths as it is added, and a weight of zero adds
  /// nothing, so the scores are the same to the last bit as adding only the weights other
  /// than zero, one by one, in the order of the features.
  @inline(__always)
  private static func add(_ digits: UnsafeBufferPointer<UInt8>, to scores: UnsafeMutablePointer<Double>) {
    guard let high = digits.baseAddress else { return }
    let count = digits.count / 2
    let low = high + count
    for intent in 0..<count {
      scores[intent] += Double(hundredths(high[intent], low[intent])) / 100
    }
  }

  /// The weight in hundredths that a high and a low digit write.
  @inline(__always)
  private static func hundredths(_ high: UInt8, _ low: UInt8) -> Int32 {
    Int32(high) &<< 6 &+ Int32(low) &- digitsBias
  }

  /// What two digits read as a number exceed the weight in hundredths by: the two zero
  /// digits' bytes, and `weightBias`.
  private static let digitsBias = Int32(TableDigits.zero) << 6 + Int32(TableDigits.zero) + Int32(weightBias)

  /// Added to a weight in hundredths so that two digits hold it: -20.48 to 20.47.
  static let weightBias = 2048
}
