/// The letters a word uses, each counted up to twice, in one 64-bit word: two bags compared
/// bound the edits between their words from below in a few instructions, so the spelling
/// search rules out most words without computing a distance.
struct LetterBag: Sendable {
  /// Bit `n` is set when the `n`th letter of the alphabet occurs, bit `32 + n` when it occurs
  /// twice or more; every byte outside `a`–`z` counts as one 27th letter.
  let bits: UInt64

  /// Counts the bytes of a word.
  init<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
    var once: UInt64 = 0
    var twice: UInt64 = 0
    for byte in bytes {
      let letter: UInt64 = 1 << UInt64(byte >= 97 && byte <= 122 ? byte - 97 : 26)
      twice |= once & letter
      once |= letter
    }
    bits = once | twice << 32
  }

  /// Whether more than `limit` edits separate the words of the two bags.
  ///
  /// The bits one bag has and the other lacks count the letters one word has beyond the
  /// other. An edit changes that count by at most one (a letter typed wrong takes one away
  /// and adds another; a swap changes no count), so words `limit` edits apart are at most
  /// `limit` letters apart each way.
  func isMoreThan(_ limit: Int, editsFrom other: LetterBag) -> Bool {
    !Self.hasAtMost(limit, bitsIn: bits & ~other.bits) || !Self.hasAtMost(limit, bitsIn: other.bits & ~bits)
  }

  /// Calls `body` with the place of each bit set, lowest first: for the bitmaps of the words
  /// that have each letter.
  @inline(__always)
  func forEachBit(_ body: (Int) -> Void) {
    var rest = bits
    while rest != 0 {
      body(rest.trailingZeroBitCount)
      rest &= rest &- 1
    }
  }

  /// Whether `bits` has at most `limit` bits set.
  ///
  /// Clearing the lowest set bit `limit` times leaves none: a few instructions, where counting
  /// the bits takes a dozen on processors without a population-count instruction.
  @inline(__always)
  private static func hasAtMost(_ limit: Int, bitsIn bits: UInt64) -> Bool {
    var rest = bits
    for _ in 0..<limit { rest &= rest &- 1 }
    return rest == 0
  }
}
