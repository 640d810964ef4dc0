/// What the intent files' own lines make of a question, for every intent at once: which
/// intents they allow, and each one's hand-written score.
///
/// Read in one pass over the terms the question has, not intent by intent: the required and
/// excluded terms found mark the intents they allow or rule out, and the weighed ones, sorted
/// into the terms' order, are matched intent after intent. The question's stems, the terms
/// found and the words claimed are kept on the stack; a `HandScore` is made only for the
/// intents ranked.
struct HandReading {
  /// Whether each intent's file allows the question, in `IntentClassifier.intentOrder`.
  private(set) var allowed: [Bool]
  /// Each intent's hand-written score; 0 where the question is ruled out.
  private(set) var scores: [Double]
  /// The places of the terms matched, in the weighed terms' list, intent after intent: in the
  /// list's order, so that an intent's are found by its range there.
  private(set) var matched: [Int] = []
  /// Each intent's range in the weighed terms' list.
  private let ranges: [Range<Int>]

  /// Reads `input` with the intent files' terms of `tables`.
  init(_ input: borrowing ClassifierInput, tables: borrowing IntentClassifier.Tables) {
    ranges = tables.weighted.ranges
    // An intent's file rules a question out when it lacks every term the file requires, or
    // has a term it excludes.
    allowed = tables.required.ranges.map { $0.isEmpty }
    scores = [Double](repeating: 0, count: ranges.count)
    read(input.tokens, facts: QuestionFacts(input), with: tables)
  }

  /// The hand-written score of intent `index`, which must be allowed, with the stretch of
  /// `matched` holding the terms of `terms` that earned it, and the part of it from words and
  /// phrases rather than entities (by their `weights`) added up again, in the order they
  /// matched.
  ///
  /// Asked of the allowed intents in their order, so that each one's stretch is found from
  /// where the last one's ended, `start`, which it moves past its own: one walk along
  /// `matched` a question rather than one an intent.
  func score(of index: Int, terms: borrowing TermList, weights: [Double], from start: inout Int) -> HandScore
  {
    let range = ranges[index]
    while start < matched.count, matched[start] < range.lowerBound { start += 1 }
    var end = start
    var topicScore = 0.0
    while end < matched.count, matched[end] < range.upperBound {
      if case .words = terms.terms[matched[end]] { topicScore += weights[matched[end]] }
      end += 1
    }
    let stretch = start..<end
    start = end
    return HandScore(score: scores[index], topicScore: topicScore, stretch: stretch)
  }

  /// Reads the question's stems `tokens`, and its `facts`, with the terms of `tables`: the
  /// required and excluded terms first, for the intents they allow or rule out, then the
  /// weighed ones.
  private mutating func read(
    _ tokens: [String], facts: QuestionFacts, with tables: borrowing IntentClassifier.Tables
  ) {
    tables.withNumberedStems(of: tokens) { tables, stems in
      mark(tables.required, in: stems, facts: facts, allowing: true)
      mark(tables.excluded, in: stems, facts: facts, allowing: false)
      weigh(tables.weighted, weights: tables.weights, in: stems, facts: facts)
    }
  }

  /// Sets whether each intent with a term of `list` in `stems` is allowed to `isAllowed`:
  /// allowing those whose required terms occur, then ruling out those whose excluded ones do.
  private mutating func mark(
    _ list: borrowing TermList, in stems: UnsafeBufferPointer<Int>, facts: QuestionFacts,
    allowing isAllowed: Bool
  ) {
    list.forEachOccurrence(in: stems, facts: facts) { place, _ in
      allowed[list.intent(of: place)] = isAllowed
    }
  }

  /// Matches each allowed intent's occurrences in `stems` of the weighed terms `list`, and adds
  /// up the weights of those that count, in the order they matched.
  private mutating func weigh(
    _ list: borrowing TermList, weights: [Double], in stems: UnsafeBufferPointer<Int>, facts: QuestionFacts
  ) {
    TermOccurrences.find(list, in: stems, facts: facts) { list, occurrences in
      withUnsafeTemporaryAllocation(of: Bool.self, capacity: stems.count) { claimed in
        claimed.initialize(repeating: false)
        var index = 0
        while index < occurrences.count {
          let intent = list.intent(of: occurrences[index].place)
          let found = index..<occurrences.end(before: ranges[intent].upperBound, from: index)
          if allowed[intent] {
            let start = matched.count
            match(found, of: occurrences, in: list, claimed: claimed)
            for place in matched[start...] { scores[intent] += weights[place] }
          }
          index = found.upperBound
        }
      }
    }
  }

  /// Appends to `matched` the places of the terms that count of the occurrences `found` (one
  /// intent's) of `terms`.
  ///
  /// Each word counts once, for the heaviest term that covers it: "move into management" does
  /// not also count as "move into". Terms are kept heaviest first (longest first among equals),
  /// so they claim their words before lighter terms are tried; a term counts when it covers at
  /// least one word no heavier term has claimed, and a term without stems (a kind of thing, a
  /// cue) when it occurs. `claimed` holds a flag a word, all false on entry and again on
  /// return. `matched` is given room for every intent's at the first intent: no more terms
  /// count than occur.
  private mutating func match(
    _ found: Range<Int>, of occurrences: TermOccurrences, in terms: borrowing TermList,
    claimed: UnsafeMutableBufferPointer<Bool>
  ) {
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
    claimed.update(repeating: false)
  }
}
