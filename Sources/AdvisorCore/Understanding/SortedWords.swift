/// A sorted list of words, searched on numbers rather than on strings.
///
/// Every word of a question is looked up in several such lists (the first words of the names
/// and of the cues, the words of the intents and of the names), and comparing two strings costs
/// several times more than comparing two numbers. So each ASCII word's first eight bytes are
/// kept as one number (`key(of:)`), found in a table of slots by a hash of it, and strings are
/// compared only among the few words that begin with the same eight bytes. A word that is not
/// ASCII is searched by halves on the strings, as Swift compares them: in Unicode, where the
/// Kelvin sign "K" is the letter "K".
package struct SortedWords: Sendable {
  /// The words, sorted as strings are.
  package let words: [String]
  /// The table of the ASCII words, each in a slot with its key, its place and its length; empty
  /// when a word that is not ASCII may equal an ASCII one, and then every search is on strings.
  ///
  /// Open addressing, with twice as many slots as words at least, a power of two, so a search
  /// probes one or two. A slot holds all a search compares: a word of eight bytes or fewer is
  /// found in its slot alone, where a table of places into lists of keys, of places and of
  /// words cost a search a load from each, one after the other, each a likely cache miss.
  /// Building it hashes a number per word, at start-up, and sorts nothing.
  private let slots: [Slot]
  /// How far to shift a key's hash for its slot: 64 less the bits of a slot's number.
  private let shift: UInt64

  /// An ASCII word of the list as a search compares it.
  private struct Slot {
    /// The word's `key(of:)`.
    var key: UInt64 = 0
    /// One more than the word's place in `words`, or 0 for an empty slot.
    var place: Int32 = 0
    /// The word's length in bytes: with the key, the word itself when eight bytes or fewer.
    var length: Int32 = 0
  }

  /// Indexes `words`, which must be sorted.
  package init(_ words: [String]) {
    var keyed: [(key: UInt64, place: Int)] = []
    keyed.reserveCapacity(words.count)
    var isSearchable = true
    for (place, word) in words.enumerated() {
      if let key = Self.key(of: word) {
        // A word again keeps its first place, the one a search finds; strings are compared
        // only between words that share their key.
        if keyed.last.map({ $0.key != key || words[$0.place] != word }) ?? true { keyed.append((key, place)) }
      } else if Self.mayEqualAnASCIIWord(word) {
        isSearchable = false
      }
    }
    self.words = words
    (slots, shift) = Self.table(of: isSearchable ? keyed : [], in: words)
  }

  /// The table of slots for the keyed words, and its shift.
  private static func table(
    of keyed: [(key: UInt64, place: Int)], in words: [String]
  ) -> (slots: [Slot], shift: UInt64) {
    var bits: UInt64 = 1
    while 1 << bits < 2 * keyed.count { bits += 1 }
    var slots = [Slot](repeating: Slot(), count: keyed.isEmpty ? 0 : 1 << bits)
    for (key, place) in keyed {
      var slot = Self.slot(of: key, shift: 64 - bits)
      while slots[slot].place != 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = Slot(key: key, place: Int32(place + 1), length: Int32(words[place].utf8.count))
    }
    return (slots, 64 - bits)
  }

  /// Where `word` is in the list (its first place), if it is.
  package func index(of word: String) -> Int? {
    index(of: word, key: Self.key(of: word))
  }

  /// Where `word` is in the list, given its `key(of:)`: for a search of a question's words that
  /// made their keys once for several lists.
  package func index(of word: String, key: UInt64?) -> Int? {
    if !slots.isEmpty, let key { return keyIndex(of: word, key: key) }
    return stringIndex(of: word)
  }

  /// Whether the list holds `word`.
  package func contains(_ word: String) -> Bool {
    index(of: word) != nil
  }

  /// The search on keys, which compares strings only of words longer than eight bytes.
  ///
  /// An ASCII word equals another ASCII word only if their bytes are the same, and no other
  /// word of the list; two words of the same length up to eight bytes with the same key have
  /// the same bytes.
  ///
  /// Inlined into its callers, as `key(of:)` is: each question's words are searched about
  /// thirty times, and a call costs a quarter of a search.
  @inline(__always)
  private func keyIndex(of word: String, key: UInt64) -> Int? {
    let length = Int32(truncatingIfNeeded: word.utf8.count)
    let mask = slots.count - 1
    var slot = Self.slot(of: key, shift: shift)
    while slots[slot].place != 0 {
      let entry = slots[slot]
      if entry.key == key, entry.length == length, length <= 8 || words[Int(entry.place) - 1] == word {
        return Int(entry.place) - 1
      }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// The slot to look for a key in first: the top bits of its Fibonacci hash.
  private static func slot(of key: UInt64, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
  }

  /// The search on strings, for any word: what the search on keys must agree with.
  func stringIndex(of word: String) -> Int? {
    let index = words.partitionPoint { $0 >= word }
    return index < words.count && words[index] == word ? index : nil
  }

  /// Whether a word that is not ASCII may equal an ASCII one: only if each of its scalars is
  /// the same character as an ASCII one, as the Kelvin sign "K" is "K" (no two ASCII letters
  /// are one scalar's decomposition, nor does any scalar combine into an ASCII one).
  static func mayEqualAnASCIIWord(_ word: String) -> Bool {
    word.unicodeScalars.allSatisfy(isASCIIByEquivalence)
  }

  /// Whether a scalar is ASCII, or the same character as an ASCII one; asked only of the few
  /// scalars that normalizing changes at all.
  private static func isASCIIByEquivalence(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      || scalar.properties.changesWhenNFKCCaseFolded
        && (0..<128).contains { Character(Unicode.Scalar(UInt8($0))) == Character(scalar) }
  }

  /// The first eight bytes of an ASCII word as one number, the first byte highest and zeros
  /// after a shorter word; nil for a word that is not ASCII.
  ///
  /// A word of eight bytes or fewer (most words) is ASCII when its number is: its bytes are
  /// read once, not a second time to check them.
  @inline(__always)
  static func key(of word: String) -> UInt64? {
    word.withBytes(key(ofBytes:))
  }

  /// `key(of:)` of the word of these bytes.
  @inline(__always)
  static func key(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    let first = bytes.firstEightBytes
    let isASCII = bytes.count <= 8 ? first & 0x8080_8080_8080_8080 == 0 : bytes.isASCII
    return isASCII ? first : nil
  }
}
