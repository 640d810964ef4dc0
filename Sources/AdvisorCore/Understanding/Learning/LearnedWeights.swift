/// The classifier's learned weights, as a table of text, one line per feature.
///
/// A line is the feature as written, a tab, then three base-64 digits (`Base64Digits`) for
/// each intent it weighs: the intent's number, then the weight in hundredths plus 2048.
/// `advisor intents ID` reads it out as words and weights; fixed-width digits are what make
/// a lookup cheap.
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
  /// The weights, one line per feature: the feature, a tab, three digits a weight; sorted by
  /// bytes.
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

  /// The weights of `feature`, as (intent number, weight); empty for a feature never seen in
  /// training.
  func weights(of feature: String) -> [(intent: Int, weight: Double)] {
    var pairs: [(intent: Int, weight: Double)] = []
    forEachWeight(of: feature) { pairs.append(($0, $1)) }
    return pairs
  }

  /// Calls `body` with each (intent number, weight) of `feature`, reading the table in place.
  func forEachWeight(of feature: String, _ body: (Int, Double) -> Void) {
    var key = feature
    key.withUTF8 { key in
      withTable { table, index in
        guard let line = FeatureIndex.find(key, table: table, index: index) else { return }
        Self.decode(table, from: line + key.count + 1, body)
      }
    }
  }

  /// Adds the weights of every feature of a question to `scores`, each feature once, reading
  /// the features' bytes and the table in place: scoring a question builds no string and
  /// allocates nothing per feature.
  func addWeights(of input: ClassifierInput, cues: Cues, to scores: inout [Double]) {
    // Where the lines already counted start: a repeated feature finds the same line.
    var counted: [Int] = []
    counted.reserveCapacity(2 * input.tokens.count + 16)
    scores.withUnsafeMutableBufferPointer { scores in
      withTable { table, index in
        LearnedFeatures.forEach(of: input, cues: cues) { key in
          guard let line = FeatureIndex.find(key, table: table, index: index), !counted.contains(line)
          else { return }
          counted.append(line)
          Self.add(table, from: line + key.count + 1, to: scores)
        }
      }
    }
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
      let weights = Array(line.utf8[line.utf8.index(after: tab)...])
      var pairs: [(intent: Int, weight: Double)] = []
      weights.withUnsafeBufferPointer { Self.decode($0, from: 0) { pairs.append(($0, $1)) } }
      return (String(line[..<tab]), pairs)
    }
  }

  /// Calls `body` with the weights written from `start` to the end of the line.
  private static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (Int, Double) -> Void
  ) {
    withDecoding { digits, weights in
      var position = start
      while position + pairWidth <= bytes.count, bytes[position] != 10 {
        body(intent(at: position, in: bytes, digits), weight(at: position, in: bytes, digits, weights))
        position += pairWidth
      }
    }
  }

  /// Adds the weights written from `start` to the end of the line to `scores`: `decode`
  /// without a call per weight, since scoring adds some thousand of them a question.
  private static func add(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to scores: UnsafeMutableBufferPointer<Double>
  ) {
    withDecoding { digits, weights in
      var position = start
      while position + pairWidth <= bytes.count, bytes[position] != 10 {
        let intent = intent(at: position, in: bytes, digits)
        // A table is only used for its own intents; the check keeps a wrong one from writing
        // outside the scores.
        if intent < scores.count { scores[intent] += weight(at: position, in: bytes, digits, weights) }
        position += pairWidth
      }
    }
  }

  /// Calls `body` with what a line is read with: every byte's value as a digit
  /// (`Base64Digits.values`) and every biased weight's value (`weightValues`), fetched once
  /// for the whole line.
  private static func withDecoding(
    _ body: (_ digits: UnsafeBufferPointer<UInt8>, _ weights: UnsafeBufferPointer<Double>) -> Void
  ) {
    Base64Digits.values.withUnsafeBufferPointer { digits in
      weightValues.withUnsafeBufferPointer { weights in body(digits, weights) }
    }
  }

  /// The intent number of the pair at `position`.
  @inline(__always)
  private static func intent(
    at position: Int, in bytes: UnsafeBufferPointer<UInt8>, _ digits: UnsafeBufferPointer<UInt8>
  ) -> Int {
    Int(digits[Int(bytes[position])])
  }

  /// The weight of the pair at `position`.
  @inline(__always)
  private static func weight(
    at position: Int, in bytes: UnsafeBufferPointer<UInt8>, _ digits: UnsafeBufferPointer<UInt8>,
    _ weights: UnsafeBufferPointer<Double>
  ) -> Double {
    weights[Int(digits[Int(bytes[position + 1])]) << 6 | Int(digits[Int(bytes[position + 2])])]
  }

  /// The value of every weight as written, biased: its hundredths divided out once, not at
  /// every one of the thousand weights a question adds.
  private static let weightValues = (0..<2 * weightBias).map { Double($0 - weightBias) / 100 }

  /// Digits a weight takes: one for the intent, two for the weight.
  static let pairWidth = 3
  /// Added to a weight in hundredths so that two digits hold it: -20.48 to 20.47.
  static let weightBias = 2048
}
