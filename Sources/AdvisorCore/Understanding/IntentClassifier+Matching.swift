/// Matching the terms of the intent files: the hand-written part of a score.
extension IntentClassifier {
  /// The terms of one intent that a question matches.
  ///
  /// Each word counts once, for the heaviest term that covers it: "move into management" does
  /// not also count as "move into". Terms are kept heaviest first (longest first among equals),
  /// so they claim their words before lighter terms are tried; a term counts when it covers at
  /// least one word no heavier term has claimed. `claimed` holds a flag a stem, all false on
  /// entry and again on return: a buffer the caller lends so that scoring every intent
  /// allocates it once.
  func matchedTerms(
    _ terms: [(term: CompiledTerm, weight: Double)], firstStems: [Int], _ input: ClassifierInput,
    _ question: QuestionStems, claimed: inout [Bool]
  ) -> [(term: CompiledTerm, weight: Double)] {
    let stems = question.numbers
    defer { for index in claimed.indices { claimed[index] = false } }
    var matched: [(term: CompiledTerm, weight: Double)] = []
    for (position, first) in firstStems.enumerated() {
      // Only word terms have stems: the others name kinds of thing, cues and the like.
      guard first >= 0 else {
        if matches(terms[position].term, input, question) { matched.append(terms[position]) }
        continue
      }
      guard question.contains(first) else { continue }
      let phrase = terms[position].term.stems
      var found = false
      var start = 0
      while start + phrase.count <= stems.count {
        let range = start..<start + phrase.count
        if stems.hasRun(phrase, at: start), claimed[range].contains(false) {
          for word in range { claimed[word] = true }
          found = true
        }
        start += 1
      }
      if found { matched.append(terms[position]) }
    }
    return matched
  }

  func matches(_ term: CompiledTerm, _ input: ClassifierInput, _ question: QuestionStems) -> Bool {
    switch term.term {
    case .words:
      question.contains(term.stems.first ?? -1) && question.numbers.containsRun(term.stems)
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
