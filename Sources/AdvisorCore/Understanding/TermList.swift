/// One list of terms for every intent (the terms it weighs, requires or excludes), laid out
/// flat: the terms in intent order with each intent's range, and their stems back to back.
///
/// What compiling the intent files makes, for `TermIndex` to index the three lists together:
/// a question is read by the index alone, and `generate-embedded` writes only the index (with
/// the weighed terms, for `--explain`), not the lists.
package struct TermList: Sendable {
  /// Each intent's terms, as places in `terms`, in `IntentClassifier.intentOrder`.
  package let ranges: [Range<Int>]
  package let terms: [IntentTerm]
  /// Where each term's stems start in `stems`, then where the last term's end.
  package let stemStarts: [Int]
  package let stems: [Int]

  /// Lays out `lists`, one list of terms an intent.
  init(_ lists: [[IntentClassifier.CompiledTerm]]) {
    var ranges: [Range<Int>] = []
    var terms: [IntentTerm] = []
    var stemStarts = [0]
    var stems: [Int] = []
    for list in lists {
      let start = terms.count
      for term in list {
        terms.append(term.term)
        stems += term.stems
        stemStarts.append(stems.count)
      }
      ranges.append(start..<terms.count)
    }
    self.ranges = ranges
    self.terms = terms
    self.stemStarts = stemStarts
    self.stems = stems
  }

  /// The stems of the term at `place`.
  func stems(of place: Int) -> ArraySlice<Int> {
    stems[stemStarts[place]..<stemStarts[place + 1]]
  }
}
