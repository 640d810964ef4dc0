/// Where a question has the terms of a `TermList`: each term found with the word it starts
/// at, in the terms' order.
///
/// Kept in a buffer on the stack, for as long as `find` hands it out: the question is walked
/// once, and at each word only the terms its stem starts are tried
/// (`TermList.forEachOccurrence`).
struct TermOccurrences {
  /// Each occurrence as one number, `place * width + start + 1`, where a term without stems
  /// that the question's facts match starts at -1: sorted, they are in the terms' order, and
  /// each term's starts in the question's order.
  private let codes: UnsafeMutableBufferPointer<Int>
  private let width: Int

  /// Hands `body` the list and the occurrences in `stems` (the question's, numbered; -1 for a
  /// stem no term uses) of the terms of `list`, with the terms without stems that the
  /// question's `facts` match: the list handed on rather than captured, which would copy it.
  static func find<Result>(
    _ list: borrowing TermList, in stems: UnsafeBufferPointer<Int>, facts: QuestionFacts,
    _ body: (borrowing TermList, TermOccurrences) -> Result
  ) -> Result {
    let width = stems.count + 1
    let bound = list.occurrenceBound(in: stems, facts: facts)
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: bound) { buffer in
      var count = 0
      list.forEachOccurrence(in: stems, facts: facts) { place, start in
        buffer[count] = place * width + start + 1
        count += 1
      }
      var codes = UnsafeMutableBufferPointer(rebasing: buffer[..<count])
      codes.sort()
      return body(list, TermOccurrences(codes: codes, width: width))
    }
  }

  /// How many occurrences there are.
  var count: Int { codes.count }

  /// The term and the start of occurrence `index`; the start is -1 for a term without stems.
  subscript(index: Int) -> (place: Int, start: Int) {
    (codes[index] / width, codes[index] % width - 1)
  }

  /// Where the occurrences from `index` on of the terms before place `bound` end: an intent's,
  /// with the end of its range.
  func end(before bound: Int, from index: Int) -> Int {
    var end = index
    while end < codes.count, codes[end] < bound * width { end += 1 }
    return end
  }
}
