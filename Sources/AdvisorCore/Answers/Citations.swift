/// The sources a line of an answer cites, as their positions in the knowledge base's registry,
/// in order of first use, each once: kept beside the line's text as it is written, so that the
/// finished answer names them without searching its lines (issue 10: "cite once, readably").
///
/// The first five are held in one word, without allocating: positions below 4,095, each plus
/// one in twelve bits from the lowest, so that an empty slot is zero. A line cites one source,
/// or two when it joins two facts, and an answer a handful. Any more, or a position past twelve
/// bits (a knowledge base of thousands of sources), go to a list after them: never dropped, and
/// never a trap.
struct Citations: Sendable, Equatable, Sequence {
  private var slots: UInt64 = 0
  /// The positions the slots do not hold, in order of first use.
  ///
  /// Those after the first five, or from the first past twelve bits on. Empty, and not
  /// allocated, for nearly every line.
  private var beyond: [Int] = []

  init() {}

  /// Citations of the source at `position` in the registry, or of none when it has no position (a
  /// reply line's own source, which the reply names itself).
  init(_ position: Int?) {
    if let position { add(position) }
  }

  /// Adds the source at `position`, unless it is cited already.
  mutating func add(_ position: Int) {
    if beyond.isEmpty, (0..<0xFFF).contains(position), addToSlots(position) { return }
    if !contains(position) { beyond.append(position) }
  }

  /// Adds `position`, which fits in twelve bits, to the slots unless it is there already: false
  /// when it is not, and the five slots are full.
  private mutating func addToSlots(_ position: Int) -> Bool {
    let mark = UInt64(position + 1)
    var shift: UInt64 = 0
    while shift < 60 {
      let slot = slots >> shift & 0xFFF
      if slot == mark { return true }
      if slot == 0 {
        slots |= mark << shift
        return true
      }
      shift += 12
    }
    return false
  }

  /// How many sources are cited: the slots are filled from the lowest, so the highest filled one
  /// counts them, then those beyond.
  var count: Int { (64 - slots.leadingZeroBitCount + 11) / 12 + beyond.count }

  /// Adds the sources `other` cites, after these, each once.
  ///
  /// Its slots are read in place, and its list only when it has one: an iterator would hold the
  /// list, counted for every line an answer records.
  mutating func add(_ other: Citations) {
    var slots = other.slots
    while slots != 0 {
      add(Int(slots & 0xFFF) - 1)
      slots >>= 12
    }
    if !other.beyond.isEmpty { for position in other.beyond { add(position) } }
  }

  func makeIterator() -> Iterator { Iterator(slots: slots, beyond: beyond) }

  /// The positions in order of first use.
  struct Iterator: IteratorProtocol {
    var slots: UInt64
    let beyond: [Int]
    /// The place in `beyond` of the next position, once the slots are read.
    var place = 0

    mutating func next() -> Int? {
      if slots != 0 {
        defer { slots >>= 12 }
        return Int(slots & 0xFFF) - 1
      }
      guard place < beyond.count else { return nil }
      defer { place += 1 }
      return beyond[place]
    }
  }
}
