import CStemmer

/// Snowball's English (Porter 2) stemmer, from Debian's `libstemmer`.
///
/// Stems let one keyword match its inflections ("earn", "earns", "earning"). The
/// Snowball object is not thread-safe, so each `Stemmer` owns its own and is used by
/// one understanding pipeline at a time; that is also why this is a class: it frees
/// the C object when the last reference goes.
public final class Stemmer {
  private let environment: OpaquePointer?

  public init() {
    environment = english_UTF_8_create_env()
  }

  deinit {
    if let environment { english_UTF_8_close_env(environment) }
  }

  /// Returns the stem of a lowercase word, or the word itself if it cannot be stemmed.
  ///
  /// Found in the table of the stems of the advisor's own words when it is one of them, as
  /// nearly every word a question stems is; worked out otherwise.
  public func stem(_ word: String) -> String {
    // Snowball leaves a word of fewer than three letters as it is (StemmerTests try every one of
    // ASCII), and two bytes hold two letters at most: a question's many short words skip it.
    guard word.utf8.count > 2 else { return word }
    if Self.isPlainOwnStem(word) { return word }
    return StemTable.embedded.stem(of: word) ?? computedStem(word)
  }

  /// Whether `word` is its own stem as it is spelt.
  ///
  /// Snowball leaves it alone (`isOwnStem`), and it is no British spelling: such words, a
  /// question's commonest, need no table.
  static func isPlainOwnStem(_ word: String) -> Bool {
    isOwnStem(word) && (word.utf8.count < shortestBritish || americanSpelling(word) == word)
  }

  /// The fewest bytes of a British spelling `americanSpelling` changes: shorter words, most of
  /// a question's, skip the search.
  private static let shortestBritish = 6

  /// The stem of a lowercase word as worked out without the table: what the table holds for
  /// the words it has.
  package func computedStem(_ word: String) -> String {
    guard word.utf8.count > 2 else { return word }
    let word = Self.americanSpelling(word)
    return Self.isOwnStem(word) ? word : snowballStem(word)
  }

  /// Whether Snowball would leave `word` as it is because it ends in no suffix that any of its
  /// steps removes or replaces ("how", "what", "job", "work"): a third of a question's words,
  /// each spared a call that costs more than the rest of its analysis.
  ///
  /// Every step of Porter 2 (and each of its exceptional words) changes a word only at an
  /// ending it matches, so a word with none of those endings is its own stem. The endings, as
  /// Snowball 2.2 lists them, end in `e`, `l`, `i`, `s`, `y`, `'`, or else in "nt", "ion",
  /// "er", "or", "ic", "ism", "ing" or "ed": a word ending otherwise needs no stemming.
  /// (StemmerTests compare this with Snowball on every word of the intents and the names, and
  /// on every ending of up to three letters after stems of several shapes.) Shorter words than
  /// that have too few letters for most steps (`isShortOwnStem`).
  static func isOwnStem(_ word: String) -> Bool {
    word.withBytes { bytes in
      guard let last = bytes.last else { return true }
      if isShortOwnStem(bytes) { return true }
      // Snowball drops an apostrophe a word starts with ("'tis"), whatever its end.
      guard bytes.first != UInt8(ascii: "'") else { return false }
      func endsIn(_ suffix: StaticString) -> Bool { Inflection.bytes(bytes, endIn: suffix) }
      switch last {
      case UInt8(ascii: "t"): return !endsIn("nt")
      case UInt8(ascii: "n"): return !endsIn("ion")
      case UInt8(ascii: "r"): return !endsIn("er") && !endsIn("or")
      case UInt8(ascii: "c"): return !endsIn("ic")
      case UInt8(ascii: "m"): return !endsIn("ism")
      case UInt8(ascii: "g"): return !endsIn("ing")
      case UInt8(ascii: "d"): return !endsIn("ed")
      case UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "h"), UInt8(ascii: "j"),
        UInt8(ascii: "k"), UInt8(ascii: "o"), UInt8(ascii: "p"), UInt8(ascii: "q"), UInt8(ascii: "u"),
        UInt8(ascii: "v"), UInt8(ascii: "w"), UInt8(ascii: "x"), UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"):
        return true
      default: return false
      }
    }
  }

  /// Whether Snowball leaves a word of these bytes as it is for being short: two bytes or fewer
  /// ("at"), three letters but for a plural, a "-y" or an "-ed" ("the", "for"), or four letters
  /// ending in `c`, `l`, `m`, `n`, `r` or `t` ("goal", "team").
  ///
  /// Found by trying every word of three and four letters, as StemmerTests do.
  private static func isShortOwnStem(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count > 2 else { return true }
    guard bytes.count <= 4, bytes.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
    else { return false }
    let last = bytes[bytes.count - 1]
    guard bytes.count == 3 else {
      switch last {
      case UInt8(ascii: "c"), UInt8(ascii: "l"), UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "r"),
        UInt8(ascii: "t"):
        return true
      default: return false
      }
    }
    return last != UInt8(ascii: "s") && last != UInt8(ascii: "y")
      && !(last == UInt8(ascii: "d") && bytes[1] == UInt8(ascii: "e"))
  }

  /// Snowball's stem of a word, or the word itself if it cannot be stemmed.
  func snowballStem(_ word: String) -> String {
    guard let environment else { return word }
    return word.withBytes { bytes in
      var length: Int32 = 0
      guard let base = bytes.baseAddress,
        let pointer = cstemmer_stem(environment, base, Int32(bytes.count), &length)
      else { return word }
      let stem = UnsafeBufferPointer(start: pointer, count: Int(length))
      // Many words are their own stem ("what", "how"): they need no new string.
      return stem.elementsEqual(bytes) ? word : String(decoding: stem, as: UTF8.self)
    }
  }

  /// British spellings stem as the American ones most examples use: "specialisation" as
  /// "specialization", "licence" as "license".
  static func americanSpelling(_ word: String) -> String {
    guard word.utf8.count >= shortestBritish else { return word }
    if let index = britishWords.index(of: word) { return spellings[index].american }
    guard mayEndInIsation(word) else { return word }
    if word.hasSuffix("isation") { return word.dropLast(7) + "ization" }
    if word.hasSuffix("isations") { return word.dropLast(8) + "izations" }
    return word
  }

  /// Whether the last bytes of `word` are "isation" or "isations", as they must be for it to end
  /// in those characters: most words do not, which their bytes tell at once.
  private static func mayEndInIsation(_ word: String) -> Bool {
    let isation: StaticString = "isation"
    return word.withBytes { bytes in
      let end = bytes.last == UInt8(ascii: "s") ? bytes.count - 1 : bytes.count
      return isation.withUTF8Buffer { bytes[..<end].suffix($0.count).elementsEqual($0) }
    }
  }

  /// British spellings and their American ones, in the British spellings' order.
  private static let spellings = [
    ("analyse", "analyze"), ("centre", "center"), ("labour", "labor"), ("licence", "license"),
    ("licenced", "licensed"), ("licences", "licenses"), ("organise", "organize"), ("practise", "practice"),
    ("prioritise", "prioritize"), ("programme", "program"), ("programmes", "programs"),
    ("specialise", "specialize"),
  ].map { (british: $0, american: $1) }

  /// The British spellings, searched without hashing (a dictionary hashes every word asked).
  private static let britishWords = SortedWords(spellings.map(\.british))
}
