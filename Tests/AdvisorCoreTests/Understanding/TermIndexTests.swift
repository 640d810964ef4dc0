import Testing

@testable import AdvisorCore

@Suite struct TermIndexTests {
  @Test func aTermIsInTheIntentWhoseRangeHoldsItWhicheverListItIsIn() {
    let index = TermIndex(
      weighed: TermList([[.init(term: .question, stems: [])], [], [.init(term: .amount, stems: [])]]),
      weights: [1, 1],
      required: TermList([[], [.init(term: .words(["a"]), stems: [0])], []]),
      excluded: TermList([[], [], [.init(term: .words(["b"]), stems: [1])]]), stemCount: 2)
    #expect((0..<4).map(index.intent(of:)) == [0, 2, 1, 2])
    #expect([index.requiredStart, index.excludedStart] == [2, 3])
  }

  /// Keyed on the stem of theirs fewest terms have, the built-in terms are still found
  /// wherever they occur: the same as trying every term at every word.
  @Test func theBuiltInTermsAreFoundWhereverTheyOccur() throws {
    let tables = try #require(IntentLibrary.embedded().tables)
    let lists = [tables.weighted, tables.required, tables.excluded]
    let noFacts = QuestionFacts(
      ClassifierInput(
        tokens: [], entities: Entities(), hasReference: false, isQuestion: false, hasAmount: false))
    for sample in samples(of: lists) {
      var found: Set<[Int]> = []
      sample.withUnsafeBufferPointer { numbers in
        tables.index.forEachOccurrence(in: numbers, facts: noFacts) { place, _, start in
          found.insert([place, start])
        }
      }
      #expect(found == Set(occurrences(of: lists, in: sample)), "\(sample)")
    }
  }

  /// Questions made of the stems of every few terms, run together with a stem no term has.
  private func samples(of lists: [TermList]) -> [[Int]] {
    let terms = lists.flatMap { list in
      (0..<list.terms.count).map { Array(list.stems[list.stemStarts[$0]..<list.stemStarts[$0 + 1]]) }
    }
    return stride(from: 0, to: terms.count, by: 3).map { start in
      terms[start..<min(start + 3, terms.count)].flatMap { $0 + [-1] } + terms[start / 2]
    }
  }

  /// Every term of `lists`, numbered as the index numbers them, at every word of `question`
  /// where its stems are.
  private func occurrences(of lists: [TermList], in question: [Int]) -> [[Int]] {
    var result: [[Int]] = []
    var offset = 0
    for list in lists {
      for place in 0..<list.terms.count {
        let stems = list.stems[list.stemStarts[place]..<list.stemStarts[place + 1]]
        guard !stems.isEmpty, stems.count <= question.count else { continue }
        for start in 0...(question.count - stems.count)
        where question[start..<start + stems.count].elementsEqual(stems) {
          result.append([offset + place, start])
        }
      }
      offset += list.terms.count
    }
    return result
  }
}
