/// The intent files' three lists of terms (the weighed, the required and the excluded) read as
/// one list, so that a question is walked once for all three, and each term found comes with
/// its intent rather than searched for among the intents' ranges.
///
/// A term is tried only at the words whose stem is its key: of its stems, the one fewest
/// terms have. "i want to" is tried where "want" is, not at every "i" a question has: a word
/// tries a handful of terms, not the dozens its stem starts.
///
/// `generate-embedded` writes the built-in intents' index already laid out, so start-up builds
/// nothing; intents given at run time are laid out when compiled.
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
  /// The terms with stems grouped by their key, the stem of theirs fewest terms have; then the
  /// terms without stems grouped by the fact each tests (`QuestionFacts`).
  package let byKey: TermGroups
  package let byFact: TermGroups

  /// An index already laid out, as `generate-embedded` writes it.
  package init(
    intentCount: Int, requiredStart: Int, excludedStart: Int, weighedRanges: [Range<Int>], weights: [Double],
    requiresNoTerm: [Bool], byKey: TermGroups, byFact: TermGroups
  ) {
    self.intentCount = intentCount
    self.requiredStart = requiredStart
    self.excludedStart = excludedStart
    self.weighedRanges = weighedRanges
    self.weights = weights
    self.requiresNoTerm = requiresNoTerm
    self.byKey = byKey
    self.byFact = byFact
  }

  /// Indexes the terms of the lists `weighed` (with their `weights`), `required` and
  /// `excluded`, which share their intents and number their stems below `stemCount`.
  init(weighed: TermList, weights: [Double], required: TermList, excluded: TermList, stemCount: Int) {
    var layout = Layout(count: weighed.terms.count + required.terms.count + excluded.terms.count)
    layout.append(weighed)
    layout.append(required)
    layout.append(excluded)
    let keys = Self.keys(of: layout.stems, startingAt: layout.stemStarts, stemCount: stemCount)
    func term(_ place: Int) -> (intent: Int, offset: Int, stems: ArraySlice<Int>) {
      (
        layout.intents[place], keys.offsets[place],
        layout.stems[layout.stemStarts[place]..<layout.stemStarts[place + 1]]
      )
    }
    self.init(
      intentCount: weighed.ranges.count, requiredStart: weighed.terms.count,
      excludedStart: weighed.terms.count + required.terms.count, weighedRanges: weighed.ranges,
      weights: weights, requiresNoTerm: required.ranges.map { $0.isEmpty },
      byKey: TermGroups(keys: keys.stems, term), byFact: TermGroups(keys: layout.facts, term))
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
      for place in list.terms.indices {
        facts.append(list.stems(of: place).isEmpty ? QuestionFacts.fact(of: list.terms[place]) ?? -1 : -1)
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

  /// Hands `body` each term that occurs in `numbers` (a question's stems, numbered), with the
  /// word it starts at: word by word, the terms its stem is the key of, in order; then the
  /// terms without stems that the question's `facts` match, in order, at -1.
  func forEachOccurrence(
    in numbers: UnsafeBufferPointer<Int>, facts: QuestionFacts,
    _ body: (_ term: TermGroups.Term, _ start: Int) -> Void
  ) {
    for (word, number) in numbers.enumerated() {
      byKey.forEach(withKey: number) { term in
        let start = word - term.offset
        if occurs(term, in: numbers, at: start) { body(term, start) }
      }
    }
    for fact in facts { byFact.forEach(withKey: fact) { body($0, -1) } }
  }

  /// How many occurrences `forEachOccurrence` may find at most: every term each stem is the
  /// key of, and every term each fact matches.
  ///
  /// Reading each word's count of terms brings the start of its group into the cache, the
  /// words' loads overlapping here, before `forEachOccurrence` tries them one word after
  /// another, waiting on each.
  func occurrenceBound(in numbers: UnsafeBufferPointer<Int>, facts: QuestionFacts) -> Int {
    numbers.reduce(0) { $0 + byKey.count(withKey: $1) } + facts.reduce(0) { $0 + byFact.count(withKey: $1) }
  }

  /// Whether the stems of `term` occur in `numbers` from `start` on, one after another.
  private func occurs(_ term: TermGroups.Term, in numbers: UnsafeBufferPointer<Int>, at start: Int) -> Bool {
    guard start >= 0, term.stems.count <= numbers.count - start else { return false }
    var number = start
    for stem in term.stems {
      guard numbers[number] == Int(stem) else { return false }
      number += 1
    }
    return true
  }
}
