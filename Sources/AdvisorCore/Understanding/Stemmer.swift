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
    guard let environment, !word.isEmpty else { return word }
    var word = Self.americanSpelling(word)
    return word.withUTF8 { buffer in
      var length: Int32 = 0
      guard let base = buffer.baseAddress,
        let pointer = cstemmer_stem(environment, base, Int32(buffer.count), &length)
      else { return nil }
      return String(decoding: UnsafeBufferPointer(start: pointer, count: Int(length)), as: UTF8.self)
    } ?? word
  }

  /// British spellings stem as the American ones most examples use: "specialisation" as
  /// "specialization", "licence" as "license".
  static func americanSpelling(_ word: String) -> String {
    // Every British spelling below has six letters or more: shorter words, most of a
    // question's, skip the hashing.
    guard word.utf8.count >= 6 else { return word }
    if let american = britishWords[word] { return american }
    if word.hasSuffix("isation") { return word.dropLast(7) + "ization" }
    if word.hasSuffix("isations") { return word.dropLast(8) + "izations" }
    return word
  }

  private static let britishWords = [
    "licence": "license", "licences": "licenses", "licenced": "licensed", "practise": "practice",
    "programme": "program", "programmes": "programs", "labour": "labor", "centre": "center",
    "analyse": "analyze", "organise": "organize", "prioritise": "prioritize", "specialise": "specialize",
  ]
}
