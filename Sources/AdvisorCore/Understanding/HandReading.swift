/// What the intent files' own lines make of a question, for every intent at once: which
/// intents they allow, and each one's hand-written score.
///
/// Read in one pass over the question's words for the three lists of terms at a time
/// (`TermIndex`): the required and excluded terms found mark the intents they allow or rule
/// out, and the weighed ones, sorted into the terms' order, are matched intent after intent.
/// The question's stems, the terms found and the words claimed are kept on the stack, and so
/// are the flags and scores, in buffers the classifier lends for the question; a `HandScore`
/// is made only for the intents ranked.
struct HandReading {
  /// Whether each intent's file allows the question, in `IntentClassifier.intentOrder`.
  let allowed: UnsafeMutableBufferPointer<Bool>
  /// Each intent's hand-written score; 0 where the question is ruled out.
  let scores: UnsafeMutableBufferPointer<Double>
  /// The terms matched, intent after intent, each as its place in the weighed terms' list
  /// times two, plus one for a term of words (`isWords`): in the list's order, so that an
  /// intent's are found by its range there, and telling a topic's words from the things a
  /// question names without reading the terms.
  private(set) var matched: [Int]

  /// Reads `input` with the intent files' terms of `tables`, writing each intent's flag into
  /// `allowed` and its score into `scores`: buffers of one element an intent, which the
  /// reading refers to, and which must outlive it.
  init(
    _ input: borrowing ClassifierInput, tables: borrowing IntentClassifier.Tables,
    allowed: UnsafeMutableBufferPointer<Bool>, scores: UnsafeMutableBufferPointer<Double>
  ) {
    let facts = input.facts
    self.allowed = allowed
    self.scores = scores
    matched = tables.withNumberedStems(of: input.tokens) { tables, stems in
      TermOccurrences.find(in: stems, facts: facts, of: tables.index) { index, occurrences in
        Self.read(occurrences, of: index, allowed: allowed, scores: scores)
      }
    }
  }

  /// The place in the weighed terms' list of an element of `matched`.
  static func place(ofMatch match: Int) -> Int {
    match &>> 1
  }

  /// Whether an element of `matched` is a term of words, which counts towards the topic score.
  private static func isWords(_ match: Int) -> Bool {
    match & 1 == 1
  }

  /// The hand-written score of intent `index`, which must be allowed, with the stretch of
  /// `matched` holding the terms that earned it (by its range in `terms`), and the part of it
  /// from words and phrases rather than entities added up again, in the order they matched.
  ///
  /// Asked of the allowed intents in their order, so that each one's stretch is found from
  /// where the last one's ended, `start`, which it moves past its own: one walk along
  /// `matched` a question rather than one an intent.
  func score(of index: Int, in terms: borrowing TermIndex, from start: inout Int) -> HandScore {
    let range = terms.weighedRanges[index]
    while start < matched.count, Self.place(ofMatch: matched[start]) < range.lowerBound { start += 1 }
    var end = start
    var topicScore = 0.0
    while end < matched.count, Self.place(ofMatch: matched[end]) < range.upperBound {
      if Self.isWords(matched[end]) { topicScore += terms.weights[Self.place(ofMatch: matched[end])] }
      end += 1
    }
    let stretch = start..<end
    start = end
    return HandScore(score: scores[index], topicScore: topicScore, stretch: stretch)
  }

  /// Writes whether the `occurrences` of the terms of `index` allow each intent, and each
  /// intent's score, and returns the weighed terms that count for it: those it matched, if
  /// allowed.
  ///
  /// The flags and scores go into buffers on the stack, where two arrays a question were made
  /// and freed; only the matched terms outlive the question's classification, to explain it.
  private static func read(
    _ occurrences: TermOccurrences, of index: borrowing TermIndex,
    allowed: UnsafeMutableBufferPointer<Bool>, scores: UnsafeMutableBufferPointer<Double>
  ) -> [Int] {
    for intent in 0..<index.intentCount { allowed[intent] = occurrences.allows(intent) }
    scores.initialize(repeating: 0)
    guard occurrences.count > 0 else { return [] }
    var matched: [Int] = []
    matched.reserveCapacity(occurrences.count)
    withUnsafeTemporaryAllocation(of: Bool.self, capacity: occurrences.wordCount) { claimed in
      claimed.initialize(repeating: false)
      var position = 0
      while position < occurrences.count {
        let intent = occurrences.intent(at: position)
        let found = position..<occurrences.end(ofIntent: intent, from: position)
        if occurrences.allows(intent) {
          let start = matched.count
          match(found, of: occurrences, claimed: claimed, into: &matched)
          for slot in start..<matched.count {
            scores[intent] += index.weights[place(ofMatch: matched[slot])]
          }
        }
        position = found.upperBound
      }
    }
    return matched
  }

  /// Appends to `matched` the terms that count of the occurrences `found` (one intent's) of
  /// the weighed terms.
  ///
  /// Each word counts once, for the heaviest term that covers it: "move into management" does
  /// not also count as "move into". Terms are kept heaviest first (longest first among equals),
  /// so they claim their words before lighter terms are tried; a term counts when it covers at
  /// least one word no heavier term has claimed, and a term without stems (a kind of thing, a
  /// cue) when it occurs. `claimed` holds a flag a word, all false on entry and again on
  /// return.
  private static func match(
    _ found: Range<Int>, of occurrences: TermOccurrences, claimed: UnsafeMutableBufferPointer<Bool>,
    into matched: inout [Int]
  ) {
    var position = found.lowerBound
    while position < found.upperBound {
      let (place, _, stemCount) = occurrences[position]
      var counts = false
      while position < found.upperBound, case (let next, let start, _) = occurrences[position], next == place
      {
        if start < 0 {
          counts = true
        } else {
          let words = start..<start + stemCount
          if words.contains(where: { !claimed[$0] }) {
            for word in words { claimed[word] = true }
            counts = true
          }
        }
        position += 1
      }
      if counts { matched.append(place &<< 1 | (stemCount > 0 ? 1 : 0)) }
    }
    claimed.update(repeating: false)
  }
}
