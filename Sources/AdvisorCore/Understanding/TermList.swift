/// One list of terms for every intent (the terms it weighs, requires or excludes), laid out
/// flat for scoring: the terms in intent order with each intent's range, and their stems back
/// to back.
///
/// Reading an element of a nested array retains and releases it: here scoring reads plain
/// integers, and visits only the terms a question's stems start (`candidates`).
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
  /// The places of the terms each stem starts, stem by stem and in order: stem `n`'s are
  /// `placesByFirstStem[firstStemStarts[n]..<firstStemStarts[n + 1]]`.
  private let firstStemStarts: [Int]
  private let placesByFirstStem: [Int]
  /// The places of the terms without stems (kinds of thing, a question mark, an amount).
  private let stemlessPlaces: [Int]

  /// A list already laid out, as `generate-embedded` writes it.
  package init(
    ranges: [Range<Int>], terms: [IntentTerm], firstStems: [Int], stemStarts: [Int], stems: [Int]
  ) {
    self.ranges = ranges
    self.terms = terms
    self.firstStems = firstStems
    self.stemStarts = stemStarts
    self.stems = stems
    let stemCount = (firstStems.max() ?? -1) + 1
    var starts = [Int](repeating: 0, count: stemCount + 1)
    for stem in firstStems where stem >= 0 { starts[stem + 1] += 1 }
    for stem in 0..<stemCount { starts[stem + 1] += starts[stem] }
    var next = starts
    var places = [Int](repeating: 0, count: starts[stemCount])
    for (place, stem) in firstStems.enumerated() where stem >= 0 {
      places[next[stem]] = place
      next[stem] += 1
    }
    firstStemStarts = starts
    placesByFirstStem = places
    stemlessPlaces = firstStems.indices.filter { firstStems[$0] < 0 }
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

  /// The terms a question may match: those its stems (`numbers`, -1 for a stem no term uses)
  /// start, and those without stems it matches, by its `facts`.
  func candidates(startingWith numbers: [Int], facts: QuestionFacts) -> TermCandidates {
    var candidates = TermCandidates(count: terms.count)
    for number in numbers where number >= 0 && number + 1 < firstStemStarts.count {
      for place in placesByFirstStem[firstStemStarts[number]..<firstStemStarts[number + 1]] {
        candidates.insert(place)
      }
    }
    for place in stemlessPlaces where facts.matches(terms[place]) { candidates.insert(place) }
    return candidates
  }

  /// How many stems the term at `place` has.
  func stemCount(of place: Int) -> Int {
    stemStarts[place + 1] - stemStarts[place]
  }

  /// Whether the stems of the term at `place` occur in `numbers` from `start` on; the caller
  /// keeps them within bounds.
  func occurs(_ place: Int, in numbers: [Int], at start: Int) -> Bool {
    var stem = stemStarts[place]
    var number = start
    while stem < stemStarts[place + 1] {
      guard numbers[number] == stems[stem] else { return false }
      stem += 1
      number += 1
    }
    return true
  }

  /// Whether the stems of the term at `place` occur anywhere in `numbers`, one after another;
  /// a term without stems never does.
  func occurs(_ place: Int, in numbers: [Int]) -> Bool {
    let count = stemCount(of: place)
    guard count > 0, numbers.count >= count else { return false }
    return (0...(numbers.count - count)).contains { occurs(place, in: numbers, at: $0) }
  }
}
