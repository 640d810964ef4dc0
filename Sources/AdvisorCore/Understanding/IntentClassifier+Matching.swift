/// Matching the terms of the intent files: the hand-written part of a score.
extension IntentClassifier {
  /// The terms of one intent that a question matches.
  ///
  /// Each word counts once, for the heaviest term that covers it: "move into management" does
  /// not also count as "move into". Terms are kept heaviest first (longest first among equals),
  /// so they claim their words before lighter terms are tried; a term counts when it covers at
  /// least one word no heavier term has claimed.
  func matchedTerms(
    _ terms: [(term: CompiledTerm, weight: Double)], _ input: ClassifierInput, _ stems: [Int]
  ) -> [(term: CompiledTerm, weight: Double)] {
    var claimed = [Bool](repeating: false, count: stems.count)
    var matched: [(term: CompiledTerm, weight: Double)] = []
    for item in terms {
      guard case .words = item.term.term else {
        if matches(item.term, input, stems) { matched.append(item) }
        continue
      }
      var found = false
      for start in Self.phraseStarts(item.term.stems, in: stems) {
        let range = start..<start + item.term.stems.count
        if range.contains(where: { !claimed[$0] }) {
          for position in range { claimed[position] = true }
          found = true
        }
      }
      if found { matched.append(item) }
    }
    return matched
  }

  func matches(_ term: CompiledTerm, _ input: ClassifierInput, _ stems: [Int]) -> Bool {
    switch term.term {
    case .words: Self.containsPhrase(term.stems, in: stems)
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

  /// Where `phrase` starts in `stems`, every place it occurs.
  private static func phraseStarts(_ phrase: [Int], in stems: [Int]) -> [Int] {
    guard let first = phrase.first, stems.count >= phrase.count else { return [] }
    return (0...(stems.count - phrase.count)).filter { start in
      stems[start] == first && (1..<phrase.count).allSatisfy { stems[start + $0] == phrase[$0] }
    }
  }

  /// Whether `phrase` occurs as consecutive tokens; unknown words are -1 and never match.
  private static func containsPhrase(_ phrase: [Int], in stems: [Int]) -> Bool {
    guard let first = phrase.first, stems.count >= phrase.count else { return false }
    var start = 0
    while start + phrase.count <= stems.count {
      if stems[start] == first {
        var end = 1
        while end < phrase.count, stems[start + end] == phrase[end] { end += 1 }
        if end == phrase.count { return true }
      }
      start += 1
    }
    return false
  }
}
