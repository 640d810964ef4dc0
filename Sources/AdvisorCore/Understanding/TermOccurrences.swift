/// Where a question has the intent files' terms (a `TermIndex`'s): which intents it is
/// allowed for, and each weighed term found with its intent, the word it starts at and how many
/// words it covers, in the terms' order.
///
/// Kept in buffers on the stack, for as long as `find` hands them out: the question is walked
/// once, for the three lists at a time, and at each word only the terms its stem starts are
/// tried (`TermIndex.forEachOccurrence`).
struct TermOccurrences {
  /// Each weighed term's occurrence as one number: from the highest bits down, its intent, its
  /// place, its start + 1 and its count of stems.
  ///
  /// A term without stems that the question's facts match starts at -1 and has none. Sorted,
  /// they are in the terms' order, and each term's starts in the question's order; read back
  /// with shifts and masks rather than from the index.
  private let codes: UnsafeMutableBufferPointer<Int>
  /// How many bits a start + 1 or a count of stems takes, where a place's bits start, and where
  /// an intent's do.
  private let shift: Int
  private let placeShift: Int
  private let intentShift: Int
  /// How many words the question has.
  let wordCount: Int
  /// Each intent's marks: `Self.allowing` when its file requires no term or the question has
  /// one it requires, with `Self.ruling` when the question has one it excludes.
  private let marks: UnsafeMutableBufferPointer<UInt8>

  private static let allowing: UInt8 = 1
  private static let ruling: UInt8 = 2

  /// Hands `body` the index and the occurrences in `stems` (the question's, numbered; -1 for
  /// a stem no term uses) of the terms of `index`, with the terms without stems that the
  /// question's `facts` match: the index handed on rather than captured, which would copy it.
  static func find<Result>(
    in stems: UnsafeBufferPointer<Int>, facts: QuestionFacts, of index: borrowing TermIndex,
    _ body: (borrowing TermIndex, TermOccurrences) -> Result
  ) -> Result {
    let shift = Int.bitWidth - stems.count.leadingZeroBitCount
    let placeShift = 2 * shift
    let intentShift = placeShift + Int.bitWidth - index.requiredStart.leadingZeroBitCount
    let bound = index.occurrenceBound(in: stems, facts: facts)
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: index.intentCount) { marks in
      for intent in marks.indices { marks[intent] = index.requiresNoTerm[intent] ? allowing : 0 }
      return withUnsafeTemporaryAllocation(of: Int.self, capacity: bound) { buffer in
        var count = 0
        let requiredStart = index.requiredStart
        let excludedStart = index.excludedStart
        index.forEachOccurrence(in: stems, facts: facts) { term, start in
          if term.place < requiredStart {
            buffer[count] =
              term.intent &<< intentShift | term.place &<< placeShift | (start + 1) &<< shift
              | term.stems.count
            count += 1
          } else {
            marks[term.intent] |= term.place < excludedStart ? allowing : ruling
          }
        }
        var codes = UnsafeMutableBufferPointer(rebasing: buffer[..<count])
        codes.sort()
        return body(
          index,
          TermOccurrences(
            codes: codes, shift: shift, placeShift: placeShift, intentShift: intentShift,
            wordCount: stems.count,
            marks: marks))
      }
    }
  }

  /// How many weighed terms' occurrences there are.
  var count: Int { codes.count }

  /// The term, the start and the count of stems of occurrence `index`; the start is -1 and the
  /// count 0 for a term without stems.
  ///
  /// Inlined always: a few shifts, which a call to read them cost more than.
  @inline(__always)
  subscript(index: Int) -> (place: Int, start: Int, stemCount: Int) {
    let code = codes[index]
    let mask = 1 &<< shift - 1
    return (
      code &>> placeShift & (1 &<< (intentShift - placeShift) - 1), code &>> shift & mask - 1, code & mask
    )
  }

  /// The intent of occurrence `index`.
  func intent(at index: Int) -> Int {
    codes[index] &>> intentShift
  }

  /// Whether the question is allowed for `intent`: its file requires no term or the question
  /// has one it requires, and the question has none it excludes.
  func allows(_ intent: Int) -> Bool {
    marks[intent] == Self.allowing
  }

  /// Where the occurrences from `index` on of the terms of `intent` end.
  func end(ofIntent intent: Int, from index: Int) -> Int {
    var end = index
    let limit = (intent + 1) &<< intentShift
    while end < codes.count, codes[end] < limit { end += 1 }
    return end
  }
}
