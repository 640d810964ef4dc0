import CMemory

/// Sums the weights of a question's lines of the learned table (`LearnedWeights`), each line
/// once, in whole hundredths, for each intent.
///
/// The weights are whole hundredths, so their sums are exact, whatever the order of the
/// features, and each intent's sum is divided into hundredths once, at the end: a division
/// for every weight took longer than everything else a line costs. A line of the table counts
/// once however often its feature comes: a question repeating a word counts it once.
///
/// A feature's line is two waits for memory, its slot in the index and then the line, each
/// likely to miss the cache, since the table is megabytes. Waited for one feature after
/// another, a question's dozen or so features took a tenth of all the time. So the words'
/// features are looked up together, when they have all come (`finishWords`): every slot is
/// asked for first (`FeatureIndex.prefetchSlot`), then every line, then each is read, and the
/// waits overlap.
struct LineSums: LearnedFeatureSink {
  /// A feature waiting to be looked up: its bytes, its hash, and the first slot of the index
  /// that may be its line's.
  typealias PendingFeature = (
    feature: UnsafeBufferPointer<UInt8>, hash: UInt64, candidate: FeatureIndex.Candidate?
  )
  /// How many features wait at most: enough for their waits to overlap, few enough for their
  /// room to stay on the stack.
  static let mostPending = 16

  /// The learned table and its index (`LearnedWeights.table`, `index`), as bytes.
  let table: UnsafeBufferPointer<UInt8>
  let index: UnsafeBufferPointer<UInt8>
  /// How many intents each line has weights for.
  let intents: Int
  /// Where the weights of each of `LearnedFeatures.fixed` start, or -1.
  let fixedWeights: UnsafeBufferPointer<Int>
  /// Where the weights of the lines counted so far start, and room for more.
  let counted: UnsafeMutableBufferPointer<Int>
  /// Each intent's sum of hundredths so far.
  let hundredths: UnsafeMutableBufferPointer<Int32>
  /// How many lines have counted.
  private var countedCount = 0
  /// A bit for each line counted, at a place its start picks (`Self.bit(of:)`), in 128 bits.
  ///
  /// A line whose bit is clear has not counted, and most have not, so `counted` is searched
  /// only for a line whose bit some line set. The search, a compare and a branch for every
  /// line counted before, took a tenth of the time of reading the lines.
  private var countedBits: (low: UInt64, high: UInt64) = (0, 0)
  /// The features made of words given so far, and their hashes, waiting to be looked up.
  let pending: UnsafeMutableBufferPointer<PendingFeature>
  /// How many features are waiting.
  private var pendingCount = 0

  /// Sums with nothing counted yet, each intent's sum zero.
  init(
    table: UnsafeBufferPointer<UInt8>, index: UnsafeBufferPointer<UInt8>, intents: Int,
    fixedWeights: UnsafeBufferPointer<Int>, counted: UnsafeMutableBufferPointer<Int>,
    pending: UnsafeMutableBufferPointer<PendingFeature>,
    hundredths: UnsafeMutableBufferPointer<Int32>
  ) {
    self.table = table
    self.index = index
    self.intents = intents
    self.fixedWeights = fixedWeights
    self.counted = counted
    self.pending = pending
    self.hundredths = hundredths
    hundredths.initialize(repeating: 0)
  }

  /// Takes a feature, given its bytes, to look up with the others (`finishWords`), and asks
  /// for its slot of the index.
  mutating func add(word feature: UnsafeBufferPointer<UInt8>) {
    if pendingCount == pending.count { finishWords() }
    guard pendingCount < pending.count else { return }
    let hash = FNV1a.hash(feature)
    FeatureIndex.prefetchSlot(of: hash, index: index)
    pending[pendingCount] = (feature, hash, nil)
    pendingCount += 1
  }

  /// Adds the lines of the features waiting, those the table has.
  ///
  /// Asks for each one's line, then reads them. Also called when as many features wait as
  /// there is room for.
  mutating func finishWords() {
    guard let lines = table.baseAddress else { return }
    var candidates = 0
    for (feature, hash, _) in pending[..<pendingCount] {
      guard let candidate = FeatureIndex.firstCandidate(of: hash, index: index) else { continue }
      // A line (some sixty bytes) mostly spans two cache lines: its end is asked for as well.
      let lineEnd = candidate.lineStart &+ feature.count &+ 1 &+ 2 &* intents
      if candidate.lineStart < table.count { cmemory_prefetch(lines + candidate.lineStart) }
      if lineEnd < table.count { cmemory_prefetch(lines + lineEnd) }
      pending[candidates] = (feature, hash, candidate)
      candidates += 1
    }
    for (feature, hash, candidate) in pending[..<candidates] {
      let line = FeatureIndex.find(feature, hash: hash, from: candidate, table: table, index: index)
      add(
        weightsAt: line.map { Self.weightsStart(ofLineAt: $0, key: feature, table: table, intents: intents) }
          ?? -1)
    }
    pendingCount = 0
  }

  /// Adds the line of a feature of `LearnedFeatures.fixed`, given its place there.
  mutating func add(fixed place: Int) {
    add(weightsAt: fixedWeights[place])
  }

  /// Adds the line whose weights start at `start`, unless it counted already or is none (-1).
  private mutating func add(weightsAt start: Int) {
    guard start >= 0, countedCount < counted.count, start + 2 * intents < table.count,
      let high = table.baseAddress.map({ $0 + start }), let sums = hundredths.baseAddress
    else { return }
    let (bit, isHigh) = Self.bit(of: start)
    let bits = isHigh ? countedBits.high : countedBits.low
    if bits & bit != 0, counted[..<countedCount].contains(start) { return }
    if isHigh { countedBits.high |= bit } else { countedBits.low |= bit }
    counted[countedCount] = start
    countedCount += 1
    // A plain loop over both halves of the line, with no intent to read and nothing to check
    // per weight, which the compiler turns into vector instructions.
    let low = high + intents
    for intent in 0..<intents {
      sums[intent] &+= Self.hundredths(high[intent], low[intent])
    }
  }

  /// The bit of `countedBits` for the line whose weights start at `start`, and whether it is
  /// in the high half: seven bits of the start, mixed by a multiplication so that lines some
  /// sixty bytes apart spread over all of them.
  @inline(__always)
  private static func bit(of start: Int) -> (bit: UInt64, isHigh: Bool) {
    let place = UInt64(truncatingIfNeeded: start) &* 0x9E37_79B9_7F4A_7C15 &>> 57
    return (1 &<< (place & 63), place >= 64)
  }

  /// Where the weights of the feature `key` start in `table`, or -1 when it has no line of two
  /// digits for each of `intents`.
  static func weightsStart(
    of key: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>, index: UnsafeBufferPointer<UInt8>,
    intents: Int
  ) -> Int {
    guard let line = FeatureIndex.find(key, table: table, index: index) else { return -1 }
    return weightsStart(ofLineAt: line, key: key, table: table, intents: intents)
  }

  /// Where the weights of the line of `key`, at `line`, start, or -1 unless two digits for
  /// each of `intents` end it.
  private static func weightsStart(
    ofLineAt line: Int, key: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>, intents: Int
  ) -> Int {
    let start = line + key.count + 1
    let end = start + 2 * intents
    return end < table.count && table[end] == UInt8(ascii: "\n") ? start : -1
  }

  /// The weight in hundredths that a high and a low digit write: two digits (`TableDigits`)
  /// hold the weight plus `LearnedWeights.weightBias`.
  @inline(__always)
  static func hundredths(_ high: UInt8, _ low: UInt8) -> Int32 {
    Int32(high) &<< 6 &+ Int32(low) &- digitsBias
  }

  /// What two digits read as a number exceed the weight in hundredths by: the two zero
  /// digits' bytes, and `weightBias`.
  private static let digitsBias =
    Int32(TableDigits.zero) << 6 + Int32(TableDigits.zero) + Int32(LearnedWeights.weightBias)
}
