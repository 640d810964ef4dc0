/// The cues found in one question, with where each starts: read once by understanding,
/// then used by the conversation and the answers instead of the raw words.
public struct Cues: Sendable {
  /// Each cue found with the word position where its phrase starts, in order of position.
  ///
  /// A short list rather than a dictionary: a question has a handful of cues, and this is
  /// built for every question.
  public private(set) var found: [(cue: Cue, position: Int)] = []
  /// Years of experience the question states ("4 years", "four yrs"), if any.
  public var years: Int?

  /// No cues yet, with room for one at each of `positions` places: most questions have fewer,
  /// and then the list is allocated once rather than grown, a copy each time, as cues are found.
  init(positions: Int) {
    found.reserveCapacity(positions)
  }

  mutating func add(_ cue: Cue, at position: Int) {
    found.append((cue, position))
  }

  /// Whether the question has the cue anywhere (opening cues only at its start).
  public func has(_ cue: Cue) -> Bool {
    found.contains { $0.cue == cue }
  }

  /// Whether the cue occurs in the `distance` words just before `position`.
  public func has(_ cue: Cue, before position: Int, within distance: Int) -> Bool {
    found.contains { $0.cue == cue && $0.position < position && $0.position >= position - distance }
  }

  /// Whether the cue occurs exactly at `position`.
  public func has(_ cue: Cue, at position: Int) -> Bool {
    found.contains { $0.cue == cue && $0.position == position }
  }

  /// Whether the cue occurs at a position in `range`.
  public func has(_ cue: Cue, in range: Range<Int>) -> Bool {
    found.contains { $0.cue == cue && range.contains($0.position) }
  }

  /// The first position of the cue, if the question has it.
  public func position(of cue: Cue) -> Int? {
    found.first { $0.cue == cue }?.position
  }

  /// The kinds of cue found, in `Cue` order, for `--explain`.
  ///
  /// Read from `kindOrdinals` into a list made to size: asking every kind whether it was found
  /// costs several times more.
  public var kinds: [Cue] {
    var isFound = kindOrdinals
    var kinds: [Cue] = []
    kinds.reserveCapacity(isFound.nonzeroBitCount)
    while isFound != 0 {
      kinds.append(Cue.ordered[isFound.trailingZeroBitCount])
      isFound &= isFound - 1
    }
    return kinds
  }

  /// The kinds of cue found, as a bit set at each one's `Cue.ordinal`.
  ///
  /// Marked in one pass over the few cues found, and read by the learned features lowest
  /// first, in `Cue` order, with no list made for it (one a question). There are fewer than
  /// 64 kinds (CueBookTests checks).
  var kindOrdinals: UInt64 {
    var isFound: UInt64 = 0
    for (cue, _) in found { isFound |= 1 << UInt64(cue.ordinal) }
    return isFound
  }
}
