/// Credentials a question names that the sources do not cover.
extension Analysis {
  /// The first word that could name a credential the sources do not cover ("PgMP" in "is the
  /// PgMP worth it?"), as typed; nil when there is none.
  ///
  /// A word no list knows, typed with two capitals or more, of four to six letters (perhaps
  /// with a version digit after them: "PRINCE2"), right after an article, or right before
  /// "worth" or a word the `credential` cue marks: "the PgMP", "is CAPM worth it", "a CCNA
  /// certification". The word lists hold only some of English ("effort" is in none), so an
  /// unknown word typed in lower case is no sign of a name.
  public var unknownCredential: String? {
    for position in unknownWords {
      let word = words[position]
      guard Self.couldBeCredentialName(word) else { continue }
      let afterArticle = position > 0 && IntentClassifier.isArticle(words[position - 1])
      let beforeWorth = words.indices.contains(position + 1) && words[position + 1] == "worth"
      guard afterArticle || beforeWorth || cues.has(.credential, at: position + 1) else { continue }
      // Spelt out only here: it reads the whole question again.
      if Self.isTypedAsAcronym(word, in: question) { return Self.spelling(of: word, in: question) }
    }
    return nil
  }

  /// Whether `word` is shaped like a credential's name: four to six letters, then at most one
  /// digit.
  private static func couldBeCredentialName(_ word: String) -> Bool {
    let name = withoutVersion(word)
    return (4...6).contains(name.count) && name.allSatisfy(\.isLetter)
  }

  /// `word` without a version digit at its end: "prince" for "prince2".
  private static func withoutVersion(_ word: String) -> Substring {
    word.last?.isNumber == true ? word.dropLast() : Substring(word)
  }

  /// Whether `word` is short and was typed with two capitals or more, like "CAPM" or "PgMP",
  /// in a question not mostly in capitals: the spelling of a name, not of a typo.
  ///
  /// Longer words in capitals are more often stressed than named ("what does a DIRECTER do"),
  /// and a stressed word can still be misspelt; a seventh character counts only as a version
  /// digit ("PRINCE2").
  static func isTypedAsAcronym(_ word: String, in question: String) -> Bool {
    nameLength(of: word) <= 6 && capitals(in: spelling(of: word, in: question)) >= 2
  }

  /// How many characters `word` has without a version digit at its end: counted on its bytes
  /// when each is a character, as in every word of an ASCII question, since walking characters
  /// costs more than the rest of the check.
  private static func nameLength(of word: String) -> Int {
    word.withBytes { bytes in
      guard bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else { return nil }
      return bytes.count - (bytes.last.map(isDigit) == true ? 1 : 0)
    } ?? withoutVersion(word).count
  }

  /// How many capitals `text` has: counted on its bytes when it is ASCII, where the capitals
  /// are `A` to `Z`.
  private static func capitals(in text: String) -> Int {
    text.withBytes { bytes in
      bytes.isASCII
        ? bytes.count { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) } : nil
    } ?? text.filter(\.isUppercase).count
  }

  /// `word` as the question typed it: "PgMP" for "pgmp".
  ///
  /// The first run of letters and digits that lowercases to it; the word itself when there is
  /// none, or when the question is mostly in capitals, where capitals say nothing about a word.
  private static func spelling(of word: String, in question: String) -> String {
    if question.isASCII { return asciiSpelling(of: word, in: question) }
    let letters = question.unicodeScalars.filter(\.properties.isAlphabetic)
    let capitals = letters.filter(\.properties.isUppercase).count
    guard capitals * 2 < letters.count else { return word }
    let runs = question.split { !$0.isLetter && !$0.isNumber }
    return runs.first { $0.lowercased() == word }.map(String.init) ?? word
  }

  /// `spelling(of:in:)` for a question in ASCII, read from its bytes: the Unicode properties
  /// and grapheme breaks of the general case cost more than the rest of the question's analysis.
  private static func asciiSpelling(of word: String, in question: String) -> String {
    question.withBytes { bytes in word.withBytes { asciiSpelling(of: word, $0, in: bytes) } }
  }

  /// `asciiSpelling(of:in:)` on the bytes of the word (`wanted`) and of the question, read
  /// where they are stored.
  private static func asciiSpelling(
    of word: String, _ wanted: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>
  ) -> String {
    let letters = bytes.count { isLetter($0) }
    let capitals = bytes.count { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
    guard capitals * 2 < letters else { return word }
    var start = 0
    while start < bytes.count {
      guard isLetter(bytes[start]) || isDigit(bytes[start]) else {
        start += 1
        continue
      }
      var end = start
      while end < bytes.count, isLetter(bytes[end]) || isDigit(bytes[end]) { end += 1 }
      let run = bytes[start..<end]
      if run.count == wanted.count, zip(run, wanted).allSatisfy({ lowercased($0) == $1 }) {
        return String(decoding: run, as: UTF8.self)
      }
      start = end
    }
    return word
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private static func lowercased(_ byte: UInt8) -> UInt8 {
    isLetter(byte) ? byte | 0x20 : byte
  }
}
