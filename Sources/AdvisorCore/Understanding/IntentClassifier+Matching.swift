/// Matching the terms of the intent files: the hand-written part of a score.
extension IntentClassifier {
  /// Appends to `matched` the places of the terms at `places` of `terms` (one intent's) that a
  /// question matches.
  ///
  /// Each word counts once, for the heaviest term that covers it: "move into management" does
  /// not also count as "move into". Terms are kept heaviest first (longest first among equals),
  /// so they claim their words before lighter terms are tried; a term counts when it covers at
  /// least one word no heavier term has claimed. `claimed` holds a flag a stem, all false on
  /// entry and again on return: a buffer the caller lends so that scoring every intent
  /// allocates it once.
  func matchTerms(
    _ places: Range<Int>, of terms: TermList, _ input: ClassifierInput, _ question: QuestionStems,
    claimed: inout [Bool], into matched: inout [Int]
  ) {
    let stems = question.numbers
    defer { for index in claimed.indices { claimed[index] = false } }
    for place in places {
      let first = terms.firstStems[place]
      // Only word terms have stems: the others name kinds of thing, cues and the like.
      guard first >= 0 else {
        if matches(terms.terms[place], input) { matched.append(place) }
        continue
      }
      guard question.contains(first) else { continue }
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
    }
  }

  /// Whether a question matches the term at `place` of `list`.
  func matches(_ place: Int, of list: TermList, _ input: ClassifierInput, _ question: QuestionStems) -> Bool {
    let first = list.firstStems[place]
    guard first >= 0 else { return matches(list.terms[place], input) }
    return question.contains(first) && list.occurs(place, in: question.numbers)
  }

  /// Whether a question matches a term without stems: one naming a kind of thing or a cue (a
  /// term of words without stems, articles only, matches nothing).
  private func matches(_ term: IntentTerm, _ input: ClassifierInput) -> Bool {
    switch term {
    case .words: false
    case .entity(let kind): input.entities.contains(kind)
    case .severalRoles: input.entities.roles.count >= 2
    case .reference: input.hasReference
    case .question: input.isQuestion
    case .amount: input.hasAmount
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
  private static let stressingAdverbs: Set<String> = [
    "realli", "actual", "truli", "honest", "definit", "serious", "genuin",
  ]
}

/// A question's stems as the intent files' terms are matched against them: their numbers in
/// order (-1 for a word no file uses), and which numbers occur, so that most terms are ruled
/// out by one look-up rather than a scan of the question.
struct QuestionStems {
  let numbers: [Int]
  private let present: [Bool]

  init(numbers: [Int], vocabularySize: Int) {
    self.numbers = numbers
    var present = [Bool](repeating: false, count: vocabularySize)
    for number in numbers where number >= 0 { present[number] = true }
    self.present = present
  }

  /// Whether the stem numbered `number` occurs in the question.
  func contains(_ number: Int) -> Bool {
    number >= 0 && number < present.count && present[number]
  }
}
