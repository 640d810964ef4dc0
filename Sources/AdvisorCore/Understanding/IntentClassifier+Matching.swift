/// Matching the terms of the intent files: the hand-written part of a score.
extension IntentClassifier {
  /// Appends to `matched` the places of the terms that count of the occurrences `found` (one
  /// intent's) of `terms`.
  ///
  /// Each word counts once, for the heaviest term that covers it: "move into management" does
  /// not also count as "move into". Terms are kept heaviest first (longest first among equals),
  /// so they claim their words before lighter terms are tried; a term counts when it covers at
  /// least one word no heavier term has claimed, and a term without stems (a kind of thing, a
  /// cue) when it occurs. `claimed` holds a flag a stem, all false on entry and again on
  /// return: a buffer the caller lends so that scoring every intent allocates it once.
  /// `matched` is given room for every intent's at the first term that counts: no more terms
  /// count than occur.
  func matchTerms(
    _ found: Range<Int>, of occurrences: TermOccurrences, in terms: TermList, claimed: inout [Bool],
    into matched: inout [Int]
  ) {
    guard !found.isEmpty else { return }
    defer { for index in claimed.indices { claimed[index] = false } }
    if matched.capacity == 0 { matched.reserveCapacity(occurrences.count) }
    var index = found.lowerBound
    while index < found.upperBound {
      let place = occurrences[index].place
      var counts = false
      while index < found.upperBound, case (let next, let start) = occurrences[index], next == place {
        if start < 0 {
          counts = true
        } else {
          let words = start..<start + terms.stemCount(of: place)
          if words.contains(where: { !claimed[$0] }) {
            for word in words { claimed[word] = true }
            counts = true
          }
        }
        index += 1
      }
      if counts { matched.append(place) }
    }
  }

  /// Articles are left out of phrases and questions alike, so "what can an EM become" matches
  /// "can <role> become".
  static func isArticle(_ word: String) -> Bool {
    word == "a" || word == "an" || word == "the"
  }

  /// Whether the intent files' terms look through a stem: articles, and the adverbs that only
  /// stress, left out of phrases and questions alike so that "I'd really like to become a
  /// director" matches "i would like to become" and "what a PM actually does" "what <role> does".
  static func isLookedThrough(_ stem: String) -> Bool {
    isArticle(stem) || stressingAdverbs.contains(stem)
  }

  /// The stems of "really", "actually", "truly", "honestly", "definitely", "seriously" and
  /// "genuinely".
  ///
  /// A list rather than a set: seven short words compare faster than one is hashed.
  private static let stressingAdverbs = [
    "realli", "actual", "truli", "honest", "definit", "serious", "genuin",
  ]
}
