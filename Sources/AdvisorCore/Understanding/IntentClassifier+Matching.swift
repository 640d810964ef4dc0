/// The words the intent files' terms look through, in phrases and questions alike.
extension IntentClassifier {
  /// Articles are left out of phrases and questions alike, so "what can an EM become" matches
  /// "can <role> become".
  static func isArticle(_ word: String) -> Bool {
    word == "a" || word == "an" || word == "the"
  }

  /// Whether the intent files' terms look through a stem: articles, and the adverbs that only
  /// stress, left out of phrases and questions alike so that "I'd really like to become a
  /// director" matches "i would like to become" and "what a PM actually does" "what <role> does".
  ///
  /// Asked of every word no term uses: its length, read without comparing, rules out most
  /// before any string is compared.
  static func isLookedThrough(_ stem: String) -> Bool {
    switch stem.utf8.count {
    case 1...3: isArticle(stem)
    case 5...7: stressingAdverbs.contains(stem)
    default: false
    }
  }

  /// The stems of "really", "actually", "truly", "honestly", "definitely", "seriously" and
  /// "genuinely".
  ///
  /// A list rather than a set: seven short words compare faster than one is hashed.
  private static let stressingAdverbs = [
    "realli", "actual", "truli", "honest", "definit", "serious", "genuin",
  ]
}
