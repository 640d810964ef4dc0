/// What the intent files' own lines make of a question, for every intent at once: which
/// intents they allow, and each one's hand-written score.
///
/// Kept as plain arrays while every intent is scored, with the terms matched back to back in
/// one buffer; a `HandScore` is made only for the intents ranked.
struct HandReading {
  /// Whether each intent's file allows the question, in `IntentClassifier.intentOrder`.
  private(set) var allowed: [Bool]
  /// Each intent's hand-written score; 0 where the question is ruled out.
  private(set) var scores: [Double]
  /// The part of each allowed intent's score that comes from words and phrases rather than
  /// entities, and where its terms are in `matched`.
  private var tallies: [(topicScore: Double, stretch: Range<Int>)]
  /// The places of the terms matched, in the weighed terms' list, intent after intent.
  var matched: [Int] = []

  /// No intent allowed yet, of `intentCount`.
  init(intentCount: Int) {
    allowed = [Bool](repeating: false, count: intentCount)
    scores = [Double](repeating: 0, count: intentCount)
    tallies = Array(repeating: (0, 0..<0), count: intentCount)
  }

  /// Allows intent `index`, whose matched terms are those of `matched` from `start` on, and
  /// adds up their weights, in the order they matched.
  ///
  /// A term of words that matched has stems, and a term without stems is a kind of thing or a
  /// cue: counting stems reads two integers, where reading the term would copy its words.
  mutating func allow(_ index: Int, matchedFrom start: Int, of terms: TermList, weights: [Double]) {
    var score = 0.0
    var topic = 0.0
    for position in start..<matched.count {
      let place = matched[position]
      score += weights[place]
      if terms.stemCount(of: place) > 0 { topic += weights[place] }
    }
    allowed[index] = true
    scores[index] = score
    tallies[index] = (topic, start..<matched.count)
  }

  /// The terms every intent matched, for the ranked intents' scores to share.
  func matches(of terms: TermList, weights: [Double]) -> HandMatches {
    HandMatches(places: matched, terms: terms.terms, weights: weights)
  }

  /// The hand-written score of intent `index`, which must be allowed, with the terms that
  /// earned it among `matches`.
  func score(of index: Int, matches: HandMatches) -> HandScore {
    HandScore(
      score: scores[index], topicScore: tallies[index].topicScore, stretch: tallies[index].stretch,
      matches: matches)
  }
}
