/// Where a question has the terms of a `TermList`: each term found with the word it starts
/// at, in the terms' order, handed out intent by intent.
///
/// The question is walked once, and at each word only the terms its stem starts are tried
/// (`TermList.forEachOccurrence`): a question's stems start a few dozen of some fifteen
/// hundred terms, and each is tried where it may start rather than at every word.
struct TermOccurrences {
  /// Each occurrence as one number, `place * width + start + 1`, where a term without stems
  /// that the question's facts match starts at -1: sorted, they are in the terms' order, and
  /// each term's starts in the question's order.
  private let codes: [Int]
  private let width: Int
  /// How many occurrences the intents before have taken.
  private var taken = 0

  /// The occurrences in `stems` (the question's, numbered; -1 for a stem no term uses) of the
  /// terms of `list`, with the terms without stems that the question's `facts` match.
  init(of list: borrowing TermList, in stems: [Int], facts: QuestionFacts) {
    let width = stems.count + 1
    var codes: [Int] = []
    // Room for a question's worth at the first: most lists have none a question, and the
    // weighed terms a few dozen.
    list.forEachOccurrence(in: stems, facts: facts) { place, start in
      if codes.capacity == 0 { codes.reserveCapacity(2 * width) }
      codes.append(place * width + start + 1)
    }
    codes.sort()
    self.codes = codes
    self.width = width
  }

  /// How many occurrences there are, of every intent's terms: more than the terms that count.
  var count: Int { codes.count }

  /// The term and the start of occurrence `index`; the start is -1 for a term without stems.
  subscript(index: Int) -> (place: Int, start: Int) {
    (codes[index] / width, codes[index] % width - 1)
  }

  /// Where the occurrences of the terms before place `bound` are that no earlier call took:
  /// an intent's, called with the end of each intent's range in turn.
  mutating func take(before bound: Int) -> Range<Int> {
    let start = taken
    while taken < codes.count, codes[taken] < bound * width { taken += 1 }
    return start..<taken
  }
}
