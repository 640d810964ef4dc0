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
  public func stem(_ word: String) -> String {
    // Snowball leaves a word of fewer than three letters as it is (StemmerTests try every one of
    // ASCII), and two bytes hold two letters at most: a question's many short words skip it.
    word.utf8.count > 2 ? snowballStem(Self.americanSpelling(word)) : word
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
    // Every British spelling below has six letters or more: shorter words, most of a
    // question's, skip the search.
    guard word.utf8.count >= 6 else { return word }
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
