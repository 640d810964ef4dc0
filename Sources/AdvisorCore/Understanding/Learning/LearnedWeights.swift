/// The classifier's learned weights, as a table of text, one line per feature.
///
/// A line is the feature as written, a tab, then two digits (`TableDigits`) for each intent,
/// in `intents` order, for the weight in hundredths plus 2048: first every intent's high
/// digit, then every intent's low digit. Every line holds every intent, so adding a line to
/// the intents' sums is one pass over its two halves with no intent to read, which the
/// compiler turns into vector instructions (`LineSums`). `advisor intents ID` reads the table
/// out as words and weights.
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
  /// Where the weights of each of `LearnedFeatures.fixed` start in `table`, or -1 for one
  /// without a line: the same for every question, so found once, here.
  private let fixedWeights: [Int]

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
    fixedWeights = Self.weightStarts(
      of: LearnedFeatures.fixed, table: table, index: index, intents: intents.count)
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
        let start = LineSums.weightsStart(of: key, table: table, index: index, intents: intents.count)
        guard start >= 0 else { return }
        pairs = Self.decode(UnsafeBufferPointer(rebasing: table[start..<start + 2 * intents.count]))
      }
    }
    return pairs
  }

  /// Adds the weights of `features` to `scores`, each feature once.
  func addWeights(of features: [String], to scores: UnsafeMutableBufferPointer<Double>) {
    withLineSums(adding: scores, features: features.count) { sums in
      for feature in features {
        var key = feature
        key.withUTF8 {
          sums.add(word: $0)
          sums.finishWords()
        }
      }
    }
  }

  /// Adds the weights of every feature of a question to `scores`, each feature once, reading
  /// the features' bytes and the table in place: scoring a question builds no string.
  func addWeights(of input: ClassifierInput, cues: Cues, to scores: UnsafeMutableBufferPointer<Double>) {
    withLineSums(adding: scores, features: LearnedFeatures.mostFeatures(of: input)) { sums in
      LearnedFeatures.forEach(of: input, cues: cues, into: &sums)
    }
  }

  /// Calls `body` with sums of lines (`LineSums`) with room for `features` lines, then adds
  /// them to `scores`.
  private func withLineSums(
    adding scores: UnsafeMutableBufferPointer<Double>, features: Int, _ body: (inout LineSums) -> Void
  ) {
    guard scores.count >= intents.count else { return }
    withTable { table, index in
      fixedWeights.withUnsafeBufferPointer { fixedWeights in
        withUnsafeTemporaryAllocation(of: Int.self, capacity: features) { counted in
          withUnsafeTemporaryAllocation(
            of: LineSums.PendingFeature.self, capacity: LineSums.mostPending
          ) { pending in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: intents.count) { hundredths in
              var sums = LineSums(
                table: table, index: index, intents: intents.count, fixedWeights: fixedWeights,
                counted: counted, pending: pending, hundredths: hundredths)
              body(&sums)
              for intent in intents.indices { scores[intent] += Double(hundredths[intent]) / 100 }
            }
          }
        }
      }
    }
  }

  /// Where the weights of each of `features` start in `table`, or -1 for one without a line
  /// of two digits for each of `intents`.
  private static func weightStarts(of features: [String], table: String, index: String, intents: Int) -> [Int]
  {
    features.map { feature in
      var start = -1
      var key = feature
      key.withUTF8 { key in
        withBytes(of: table, index) { table, index in
          start = LineSums.weightsStart(of: key, table: table, index: index, intents: intents)
        }
      }
      return start
    }
  }

  /// Calls `body` with the bytes of `table` and `index`.
  private func withTable(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
    Self.withBytes(of: table, index, body)
  }

  /// Calls `body` with the bytes of a table and its index.
  private static func withBytes(
    of table: String, _ index: String,
    _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void
  ) {
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
      let hundredths = LineSums.hundredths(digits[intent], digits[count + intent])
      return hundredths == 0 ? nil : (intent, Double(hundredths) / 100)
    }
  }

  /// Added to a weight in hundredths so that two digits hold it: -20.48 to 20.47.
  static let weightBias = 2048
}
