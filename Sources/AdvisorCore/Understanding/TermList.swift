/// One list of terms for every intent (the terms it weighs, requires or excludes), laid out
/// flat for scoring: the terms in intent order with each intent's range, and their stems back
/// to back.
///
/// Reading an element of a nested array retains and releases it: here scoring reads plain
/// integers, once the three lists are indexed together (`TermIndex`).
///
/// `generate-embedded` writes the built-in intents' lists already laid out, so start-up copies
/// nothing into them.
package struct TermList: Sendable {
  /// Each intent's terms, as places in `terms`, in `IntentClassifier.intentOrder`.
  package let ranges: [Range<Int>]
  package let terms: [IntentTerm]
  /// Each term's first stem, -1 for a term without words: `TermIndex` finds the terms without
  /// words by it, to index them by the fact they test.
  package let firstStems: [Int]
  /// Where each term's stems start in `stems`, then where the last term's end.
  package let stemStarts: [Int]
  package let stems: [Int]

  /// A list already laid out, as `generate-embedded` writes it.
  package init(
    ranges: [Range<Int>], terms: [IntentTerm], firstStems: [Int], stemStarts: [Int], stems: [Int]
  ) {
    self.ranges = ranges
    self.terms = terms
    self.firstStems = firstStems
    self.stemStarts = stemStarts
    self.stems = stems
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
}
