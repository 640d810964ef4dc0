/// The classifier's learned weights, as a table a student can read: one line per feature,
/// `feature<TAB>intent:weight intent:weight …`, weights in hundredths.
///
/// The lines are sorted by their bytes and `offsets` gives where each starts (six hex digits
/// a line), so a lookup is a binary search over text compiled into the binary: start-up
/// parses nothing, and a question reads only the few lines of its own features.
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
  /// The weights, one line per feature: `feature<TAB>intent:hundredths …`, sorted by bytes.
  public let table: String
  /// Where each line of `table` starts, as six hex digits a line.
  public let offsets: String

  /// Digits per entry of `offsets`.
  static let offsetWidth = 6

  public init(
    intents: [IntentID], bias: [Double], prior: Double, temperature: Double, offTopicThreshold: Double,
    unsureMargin: Double, table: String, offsets: String
  ) {
    self.intents = intents
    self.bias = bias
    self.prior = prior
    self.temperature = temperature
    self.offTopicThreshold = offTopicThreshold
    self.unsureMargin = unsureMargin
    self.table = table
    self.offsets = offsets
  }

  /// How many features have weights.
  public var featureCount: Int { offsets.utf8.count / Self.offsetWidth }

  /// The weights of `feature`, as (intent number, weight); empty for a feature never seen in
  /// training.
  func weights(of feature: String) -> [(intent: Int, weight: Double)] {
    var pairs: [(intent: Int, weight: Double)] = []
    forEachWeight(of: feature) { pairs.append(($0, $1)) }
    return pairs
  }

  /// Calls `body` with each (intent number, weight) of `feature`, reading the table in place:
  /// scoring a question allocates nothing per feature.
  func forEachWeight(of feature: String, _ body: (Int, Double) -> Void) {
    var key = feature
    key.withUTF8 { key in
      _ = table.utf8.withContiguousStorageIfAvailable { table in
        offsets.utf8.withContiguousStorageIfAvailable { offsets in
          guard let line = Self.find(key, table: table, offsets: offsets) else { return }
          Self.decode(table, from: line + key.count + 1, body)
        }
      }
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

  /// Where the line of `key` starts in `table`, by binary search.
  private static func find(
    _ key: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    var low = 0
    var high = offsets.count / offsetWidth - 1
    while low <= high {
      let middle = (low + high) / 2
      let start = offset(middle, in: offsets)
      switch compare(key, table, at: start) {
      case 0: return start
      case ..<0: high = middle - 1
      default: low = middle + 1
      }
    }
    return nil
  }

  /// The entry `index` of `offsets`: six hex digits.
  private static func offset(_ index: Int, in offsets: UnsafeBufferPointer<UInt8>) -> Int {
    var value = 0
    for byte in offsets[index * offsetWidth..<(index + 1) * offsetWidth] {
      value = value << 4 | Int(byte <= 57 ? byte - 48 : byte - 87)
    }
    return value
  }

  /// Compares `key` with the feature of the line at `start` (which ends at a tab), byte by
  /// byte: negative when the key sorts first.
  private static func compare(
    _ key: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<UInt8>, at start: Int
  )
    -> Int
  {
    var position = start
    for byte in key {
      let other = table[position]
      if other == 9 { return 1 }
      if byte != other { return Int(byte) - Int(other) }
      position += 1
    }
    return table[position] == 9 ? 0 : -1
  }

  /// Calls `body` with the pairs `intent:hundredths` from `start` to the end of the line.
  private static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (Int, Double) -> Void
  ) {
    var position = start
    while position < bytes.count, bytes[position] != 10 {
      var intent = 0
      while bytes[position] != 58 {
        intent = intent * 10 + Int(bytes[position] - 48)
        position += 1
      }
      position += 1
      let negative = bytes[position] == 45
      if negative { position += 1 }
      var hundredths = 0
      while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57 {
        hundredths = hundredths * 10 + Int(bytes[position] - 48)
        position += 1
      }
      body(intent, Double(negative ? -hundredths : hundredths) / 100)
      if position < bytes.count, bytes[position] == 32 { position += 1 }
    }
  }
}
