/// One list of terms for every intent (the terms it weighs, requires or excludes), laid out
/// flat for scoring: the terms in intent order with each intent's range, and their stems back
/// to back.
///
/// Reading an element of a nested array retains and releases it: here scoring reads plain
/// integers, and tries only the terms a question's stems start (`forEachOccurrence`).
///
/// `generate-embedded` writes the built-in intents' lists already laid out, so start-up copies
/// nothing into them.
package struct TermList: Sendable {
  /// Each intent's terms, as places in `terms`, in `IntentClassifier.intentOrder`.
  package let ranges: [Range<Int>]
  package let terms: [IntentTerm]
  /// Each term's first stem, -1 for a term without words: most terms are ruled out by this
  /// one integer, without reading the term itself.
  package let firstStems: [Int]
  /// Where each term's stems start in `stems`, then where the last term's end.
  package let stemStarts: [Int]
  package let stems: [Int]
  /// The places of the terms each stem starts.
  private let placesByFirstStem: PlacesByKey
  /// The places of the terms without stems, by the fact each tests (`QuestionFacts`).
  private let placesByFact: PlacesByKey

  /// A list already laid out, as `generate-embedded` writes it.
  package init(
    ranges: [Range<Int>], terms: [IntentTerm], firstStems: [Int], stemStarts: [Int], stems: [Int]
  ) {
    self.ranges = ranges
    self.terms = terms
    self.firstStems = firstStems
    self.stemStarts = stemStarts
    self.stems = stems
    placesByFirstStem = PlacesByKey(keys: firstStems)
    placesByFact = PlacesByKey(keys: terms.map { QuestionFacts.fact(of: $0) ?? -1 })
  }

  /// Lays out `lists`, one list of terms an intent.
  init(_ lists: [[IntentClassifier.CompiledTerm]]) {
    var ranges: [Range<Int>] = []
    var terms: [IntentTerm] = []
    var firstStems: [Int] = []
    var stemStarts = [0]
    var stems: [Int] = []
    for list in lists {
      let start = terms.count
      for term in list {
        terms.append(term.term)
        firstStems.append(term.stems.first ?? -1)
        stems += term.stems
        stemStarts.append(stems.count)
      }
      ranges.append(start..<terms.count)
    }
    self.init(ranges: ranges, terms: terms, firstStems: firstStems, stemStarts: stemStarts, stems: stems)
  }

  /// Hands `body` each term that occurs in `numbers` (a question's stems, numbered) with the
  /// word it starts at: word by word, the terms its stem starts, in order; then the terms
  /// without stems that the question's `facts` match, in order, at -1.
  func forEachOccurrence(
    in numbers: UnsafeBufferPointer<Int>, facts: QuestionFacts, _ body: (_ place: Int, _ start: Int) -> Void
  ) {
    for (start, number) in numbers.enumerated() {
      placesByFirstStem.forEach(withKey: number) { place in
        if occurs(place, in: numbers, at: start) { body(place, start) }
      }
    }
    for fact in facts { placesByFact.forEach(withKey: fact) { body($0, -1) } }
  }

  /// How many occurrences `forEachOccurrence` may find at most: every term each stem starts,
  /// and every term each fact matches.
  func occurrenceBound(in numbers: UnsafeBufferPointer<Int>, facts: QuestionFacts) -> Int {
    numbers.reduce(0) { $0 + placesByFirstStem.count(withKey: $1) }
      + facts.reduce(0) { $0 + placesByFact.count(withKey: $1) }
  }

  /// The intent whose term is at `place`, found by halves among the intents' ranges.
  func intent(of place: Int) -> Int {
    ranges.partitionPoint { $0.upperBound > place }
  }

  /// How many stems the term at `place` has.
  func stemCount(of place: Int) -> Int {
    stemStarts[place + 1] - stemStarts[place]
  }

  /// Whether the stems of the term at `place` occur in `numbers` from `start` on, one after
  /// another.
  func occurs(_ place: Int, in numbers: UnsafeBufferPointer<Int>, at start: Int) -> Bool {
    let termStems = stemStarts[place]..<stemStarts[place + 1]
    guard termStems.count <= numbers.count - start else { return false }
    var number = start
    for stem in termStems {
      guard numbers[number] == stems[stem] else { return false }
      number += 1
    }
    return true
  }
}
