/// The sources a line of an answer cites, as their positions in the knowledge base's registry,
/// in order of first use, each once: kept beside the line's text as it is written, so that the
/// finished answer names them without searching its lines (issue 10: "cite once, readably").
///
/// Held in one word, without allocating: five positions below 4,095, each plus one in twelve bits
/// from the lowest, so that an empty slot is zero. A line cites one source, or two when it joins
/// two facts; a sixth is a composer's mistake, and traps.
struct Citations: Sendable, Equatable, Sequence {
  private var slots: UInt64 = 0

  init() {}

  /// Citations of the source at `position` in the registry, or of none when it has no position (a
  /// reply line's own source, which the reply names itself).
  init(_ position: Int?) {
    if let position { add(position) }
  }

  /// Adds the source at `position`, unless the line cites it already.
  mutating func add(_ position: Int) {
    precondition(addIfRoom(position), "a line citing more than five sources")
  }

  /// Adds the source at `position` unless it is here already: false when it is not, and the five
  /// slots are full.
  mutating func addIfRoom(_ position: Int) -> Bool {
    precondition((0..<0xFFF).contains(position), "a source's position past twelve bits")
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
  /// counts them.
  var count: Int { (64 - slots.leadingZeroBitCount + 11) / 12 }

  /// Adds the sources `other` cites, after these, each once.
  mutating func add(_ other: Citations) {
    for position in other { add(position) }
  }

  func makeIterator() -> Iterator { Iterator(slots: slots) }

  /// The positions in order of first use.
  struct Iterator: IteratorProtocol {
    var slots: UInt64

    mutating func next() -> Int? {
      guard slots != 0 else { return nil }
      defer { slots >>= 12 }
      return Int(slots & 0xFFF) - 1
    }
  }
}
