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
    for (position, typed) in unknownWords {
      guard (4...6).contains(typed.count), typed.allSatisfy(\.isLetter),
        typed.filter(\.isUppercase).count >= 2
      else { continue }
      let afterArticle = position > 0 && IntentClassifier.isArticle(words[position - 1])
      if afterArticle || cues.has(.credential, at: position + 1) { return typed }
    }
    return nil
  }
}
