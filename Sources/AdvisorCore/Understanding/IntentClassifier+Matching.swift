/// Matching the terms of the intent files: the hand-written part of a score.
extension IntentClassifier {
  /// Appends to `matched` the places of the terms at `places` of `terms` (one intent's) that a
  /// question matches, of its `candidates`.
  ///
  /// Each word counts once, for the heaviest term that covers it: "move into management" does
  /// not also count as "move into". Terms are kept heaviest first (longest first among equals),
  /// so they claim their words before lighter terms are tried; a term counts when it covers at
  /// least one word no heavier term has claimed. `claimed` holds a flag a stem, all false on
  /// entry and again on return: a buffer the caller lends so that scoring every intent
  /// allocates it once.
  func matchTerms(
    _ places: Range<Int>, of terms: TermList, candidates: TermCandidates, stems: [Int],
    claimed: inout [Bool], into matched: inout [Int]
  ) {
    defer { for index in claimed.indices { claimed[index] = false } }
    candidates.visit(places) { place in
      let first = terms.firstStems[place]
      // A candidate without stems (a kind of thing, a cue) is one the question matches.
      guard first >= 0 else {
        matched.append(place)
        return true
      }
      let count = terms.stemCount(of: place)
      var found = false
      var start = 0
      while start + count <= stems.count {
        let range = start..<start + count
        // The first stem alone rules out most starts.
        if stems[start] == first, terms.occurs(place, in: stems, at: start), claimed[range].contains(false) {
          for word in range { claimed[word] = true }
          found = true
        }
        start += 1
      }
      if found { matched.append(place) }
      return true
    }
  }

  /// Whether a question matches any term at `places` of `list`, of its `candidates`.
  func matchesAny(_ places: Range<Int>, of list: TermList, candidates: TermCandidates, stems: [Int]) -> Bool {
    !candidates.visit(places) { place in
      list.firstStems[place] >= 0 && !list.occurs(place, in: stems)
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
