/// Credentials a question names that the sources do not cover.
extension Analysis {
  /// The first word that could name a credential the sources do not cover ("PgMP" in "is the
  /// PgMP worth it?"), as typed; nil when there is none.
  ///
  /// A word no list knows, typed with two capitals or more, of four to six letters, right
  /// after an article or right before a word the `credential` cue marks: "the PgMP", "a CCNA
  /// certification". The word lists hold only some of English ("effort" is in none), so an
  /// unknown word typed in lower case is no sign of a name.
  public var unknownCredential: String? {
    for position in unknownWords {
      let word = words[position]
      guard (4...6).contains(word.count), word.allSatisfy(\.isLetter) else { continue }
      let afterArticle = position > 0 && IntentClassifier.isArticle(words[position - 1])
      guard afterArticle || cues.has(.credential, at: position + 1) else { continue }
      // Spelt out only here: it reads the whole question again.
      if Self.isTypedAsAcronym(word, in: question) { return Self.spelling(of: word, in: question) }
    }
    return nil
  }

  /// Whether `word` is short and was typed with two capitals or more, like "CAPM" or "PgMP",
  /// in a question not mostly in capitals: the spelling of a name, not of a typo.
  ///
  /// Longer words in capitals are more often stressed than named ("what does a DIRECTER do"),
  /// and a stressed word can still be misspelt.
  static func isTypedAsAcronym(_ word: String, in question: String) -> Bool {
    word.count <= 6 && spelling(of: word, in: question).filter(\.isUppercase).count >= 2
  }

  /// `word` as the question typed it: "PgMP" for "pgmp".
  ///
  /// The first run of letters and digits that lowercases to it; the word itself when there is
  /// none, or when the question is mostly in capitals, where capitals say nothing about a word.
  private static func spelling(of word: String, in question: String) -> String {
    let letters = question.unicodeScalars.filter(\.properties.isAlphabetic)
    let capitals = letters.filter(\.properties.isUppercase).count
    guard capitals * 2 < letters.count else { return word }
    let runs = question.split { !$0.isLetter && !$0.isNumber }
    return runs.first { $0.lowercased() == word }.map(String.init) ?? word
  }
}
