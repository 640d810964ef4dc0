/// The intent files' three lists of terms (the weighed, the required and the excluded) read as
/// one list, so that a question is walked once for all three, and each term found comes with
/// its intent rather than searched for among the intents' ranges.
///
/// A term is tried only at the words whose stem is its key: of its stems, the one fewest
/// terms have. "i want to" is tried where "want" is, not at every "i" a question has: a word
/// tries a handful of terms, not the dozens its stem starts.
///
/// `generate-embedded` writes the built-in intents' index already laid out, so start-up only
/// groups its places by key; intents given at run time are laid out when compiled.
package struct TermIndex: Sendable {
  /// How many intents there are.
  package let intentCount: Int
  /// Where the required terms' places start (the weighed terms' come first, in their list's
  /// order), then where the excluded terms' do.
  package let requiredStart: Int
  package let excludedStart: Int
  /// Each intent's range among the weighed terms' places.
  package let weighedRanges: [Range<Int>]
  /// The weighed terms' weights, by place.
  package let weights: [Double]
  /// Whether each intent's file requires no term: it allows a question then unless the
  /// question has a term it excludes.
  package let requiresNoTerm: [Bool]
  /// The intent of the term at each place.
  package let intents: [Int]
  /// Where each term's stems start in `stems`, then where the last term's end.
  package let stemStarts: [Int]
  package let stems: [Int]
  /// Each term's key, and where it is among the term's stems (-1 and 0 for a term without
  /// stems); then the fact each term without stems tests (`QuestionFacts`), -1 for the others.
  package let keys: [Int]
  package let keyOffsets: [Int]
  package let facts: [Int]
  /// A score of 0 for every intent, for a question's scores to start from.
  let noScores: [Double]
  /// The places of the terms each stem is the key of.
  private let placesByKey: PlacesByKey
  /// The places of the terms without stems, by the fact each tests.
  private let placesByFact: PlacesByKey

  /// An index already laid out, as `generate-embedded` writes it: only the places by key and
  /// by fact are grouped at start-up.
  package init(
    intentCount: Int, requiredStart: Int, excludedStart: Int, weighedRanges: [Range<Int>], weights: [Double],
    requiresNoTerm: [Bool], intents: [Int], stemStarts: [Int], stems: [Int], keys: [Int], keyOffsets: [Int],
    facts: [Int]
  ) {
    self.intentCount = intentCount
    self.requiredStart = requiredStart
    self.excludedStart = excludedStart
    self.weighedRanges = weighedRanges
    self.weights = weights
    self.requiresNoTerm = requiresNoTerm
    self.intents = intents
    self.stemStarts = stemStarts
    self.stems = stems
    self.keys = keys
    self.keyOffsets = keyOffsets
    self.facts = facts
    noScores = [Double](repeating: 0, count: intentCount)
    placesByKey = PlacesByKey(keys: keys)
    placesByFact = PlacesByKey(keys: facts)
  }

  /// Indexes the terms of the lists `weighed` (with their `weights`), `required` and
  /// `excluded`, which share their intents and number their stems below `stemCount`.
  init(weighed: TermList, weights: [Double], required: TermList, excluded: TermList, stemCount: Int) {
    var layout = Layout(count: weighed.terms.count + required.terms.count + excluded.terms.count)
    layout.append(weighed)
    layout.append(required)
    layout.append(excluded)
    let keys = Self.keys(of: layout.stems, startingAt: layout.stemStarts, stemCount: stemCount)
    self.init(
      intentCount: weighed.ranges.count, requiredStart: weighed.terms.count,
      excludedStart: weighed.terms.count + required.terms.count, weighedRanges: weighed.ranges,
      weights: weights,
      requiresNoTerm: required.ranges.map { $0.isEmpty }, intents: layout.intents,
      stemStarts: layout.stemStarts,
      stems: layout.stems, keys: keys.stems, keyOffsets: keys.offsets, facts: layout.facts)
  }

  /// The lists laid out end to end, as they are appended.
  private struct Layout {
    var intents: [Int] = []
    /// The fact each term without stems tests, -1 for the others.
    var facts: [Int] = []
    var stemStarts = [0]
    var stems: [Int] = []

    /// Room for `count` terms.
    init(count: Int) {
      intents.reserveCapacity(count)
      facts.reserveCapacity(count)
      stemStarts.reserveCapacity(count + 1)
    }

    /// Appends the terms of `list`, their places following those appended before.
    mutating func append(_ list: borrowing TermList) {
      for (intent, range) in list.ranges.enumerated() { intents += repeatElement(intent, count: range.count) }
      for (place, first) in list.firstStems.enumerated() {
        facts.append(first < 0 ? QuestionFacts.fact(of: list.terms[place]) ?? -1 : -1)
      }
      let offset = stems.count
      for start in list.stemStarts.dropFirst() { stemStarts.append(start + offset) }
      stems += list.stems
    }
  }

  /// Each term's key, the stem of it that fewest terms have (the first of those), with where it
  /// is among the term's stems; -1 and 0 for a term without stems.
  private static func keys(of stems: [Int], startingAt starts: [Int], stemCount: Int)
    -> (stems: [Int], offsets: [Int])
  {
    var termCounts = [Int](repeating: 0, count: stemCount)
    for stem in stems { termCounts[stem] += 1 }
    var keys = [Int](repeating: -1, count: starts.count - 1)
    var offsets = [Int](repeating: 0, count: starts.count - 1)
    for place in keys.indices {
      for stem in starts[place]..<starts[place + 1]
      where keys[place] < 0 || termCounts[stems[stem]] < termCounts[keys[place]] {
        keys[place] = stems[stem]
        offsets[place] = stem - starts[place]
      }
    }
    return (keys, offsets)
  }

  /// Hands `body` each term that occurs in `numbers` (a question's stems, numbered), with its
  /// intent and the word it starts at: word by word, the terms its stem is the key of, in
  /// order; then the terms without stems that the question's `facts` match, in order, at -1.
  func forEachOccurrence(
    in numbers: UnsafeBufferPointer<Int>, facts: QuestionFacts,
    _ body: (_ place: Int, _ intent: Int, _ start: Int) -> Void
  ) {
    for (word, number) in numbers.enumerated() {
      placesByKey.forEach(withKey: number) { place in
        let start = word - keyOffsets[place]
        if occurs(place, in: numbers, at: start) { body(place, intents[place], start) }
      }
    }
    for fact in facts { placesByFact.forEach(withKey: fact) { body($0, intents[$0], -1) } }
  }

  /// How many occurrences `forEachOccurrence` may find at most: every term each stem is the
  /// key of, and every term each fact matches.
  func occurrenceBound(in numbers: UnsafeBufferPointer<Int>, facts: QuestionFacts) -> Int {
    numbers.reduce(0) { $0 + placesByKey.count(withKey: $1) }
      + facts.reduce(0) { $0 + placesByFact.count(withKey: $1) }
  }

  /// The intent whose term is at `place`.
  func intent(of place: Int) -> Int {
    intents[place]
  }

  /// How many stems the term at `place` has.
  func stemCount(of place: Int) -> Int {
    stemStarts[place + 1] - stemStarts[place]
  }

  /// Whether the stems of the term at `place` occur in `numbers` from `start` on, one after
  /// another.
  private func occurs(_ place: Int, in numbers: UnsafeBufferPointer<Int>, at start: Int) -> Bool {
    let termStems = stemStarts[place]..<stemStarts[place + 1]
    guard start >= 0, termStems.count <= numbers.count - start else { return false }
    var number = start
    for stem in termStems {
      guard numbers[number] == stems[stem] else { return false }
      number += 1
    }
    return true
  }
}
