/// A sorted list of words, searched by halves on numbers rather than on strings.
///
/// Every word of a question is looked up in several such lists (the first words of the names
/// and of the cues, the words of the intents and of the names), and comparing two strings costs
/// several times more than comparing two numbers. So each ASCII word's first eight bytes are
/// kept as one number, big-endian (`key(of:)`), which orders ASCII words as the strings do: the
/// search for an ASCII word compares those numbers, and strings only among the few words that
/// begin with the same eight bytes. A word that is not ASCII is searched on the strings, as
/// Swift compares them: in Unicode, where the Kelvin sign "K" is the letter "K".
package struct SortedWords: Sendable {
  /// The words, sorted as strings are.
  package let words: [String]
  /// The keys of the ASCII words, in order, and where each word is in `words`; both empty when
  /// a word that is not ASCII may equal an ASCII one, and then every search is on strings.
  private let keys: [UInt64]
  private let places: [Int]

  /// Indexes `words`, which must be sorted.
  package init(_ words: [String]) {
    let keyed = words.indices.compactMap { place in
      Self.key(of: words[place]).map { (key: $0, place: place) }
    }
    let isSearchable = !words.contains(where: Self.mayEqualAnASCIIWord)
    self.words = words
    self.keys = isSearchable ? keyed.map(\.key) : []
    self.places = isSearchable ? keyed.map(\.place) : []
  }

  /// Where `word` is in the list (its first place), if it is.
  package func index(of word: String) -> Int? {
    if !keys.isEmpty, let key = Self.key(of: word) { return index(of: word, key: key) }
    return stringIndex(of: word)
  }

  /// Whether the list holds `word`.
  package func contains(_ word: String) -> Bool {
    index(of: word) != nil
  }

  /// The search on keys: the words with the same key are together, and an ASCII word equals
  /// another ASCII word only if their bytes are the same, and no other word of the list.
  private func index(of word: String, key: UInt64) -> Int? {
    var index = keys.partitionPoint { $0 >= key }
    while index < keys.count, keys[index] == key {
      if words[places[index]] == word { return places[index] }
      index += 1
    }
    return nil
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
    key(of: word) == nil && word.unicodeScalars.allSatisfy(isASCIIByEquivalence)
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
  static func key(of word: String) -> UInt64? {
    word.withBytes { bytes in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var key: UInt64 = 0
      for place in 0..<8 { key = key &<< 8 | UInt64(place < bytes.count ? bytes[place] : 0) }
      return key
    }
  }
}
