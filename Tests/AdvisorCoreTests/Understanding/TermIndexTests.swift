import Testing

@testable import AdvisorCore

@Suite struct TermIndexTests {
  @Test func aTermIsInTheIntentWhoseRangeHoldsItWhicheverListItIsIn() {
    let index = TermIndex(
      weighed: TermList([[.init(term: .question, stems: [])], [], [.init(term: .amount, stems: [])]]),
      weights: [1, 1],
      required: TermList([[], [.init(term: .words(["a"]), stems: [0])], []]),
      excluded: TermList([[], [], [.init(term: .words(["b"]), stems: [1])]]), stemCount: 2)
    let question = QuestionFacts(
      entities: Entities(), hasReference: false, isQuestion: true, hasAmount: true
    )
    var found: [[Int]] = []
    [0, 1].withUnsafeBufferPointer { numbers in
      index.forEachOccurrence(in: numbers, facts: question) { term, start in
        found.append([term.place, term.intent, start])
      }
    }
    #expect(found == [[2, 1, 0], [3, 2, 1], [0, 0, -1], [1, 2, -1]])
    #expect([index.requiredStart, index.excludedStart] == [2, 3])
  }

  /// Keyed on the stem of theirs fewest terms have, the built-in terms are still found
  /// wherever they occur: the same as trying every term at every word.
  @Test func theBuiltInTermsAreFoundWhereverTheyOccur() throws {
    let library = IntentLibrary.embedded()
    let tables = try #require(library.tables)
    let compiled = IntentClassifier.termLists(library.definitions, stemmer: Stemmer())
    let lists = [compiled.weighed, compiled.required, compiled.excluded]
    let noFacts = QuestionFacts(
      entities: Entities(), hasReference: false, isQuestion: false, hasAmount: false
    )
    for sample in samples(of: lists) {
      var found: Set<[Int]> = []
      sample.withUnsafeBufferPointer { numbers in
        tables.index.forEachOccurrence(in: numbers, facts: noFacts) { term, start in
          found.insert([term.place, start])
        }
      }
      #expect(found == Set(occurrences(of: lists, in: sample)), "\(sample)")
    }
  }

  /// The index embedded is the one the intent files compile to now.
  @Test func theEmbeddedIndexIsTheCompiledOne() throws {
    let library = IntentLibrary.embedded()
    let embedded = try #require(library.tables).index
    let compiled = IntentClassifier.compile(library.definitions, stemmer: Stemmer()).index
    #expect(embedded.byKey.starts == compiled.byKey.starts)
    #expect(embedded.byKey.records == compiled.byKey.records)
    #expect(embedded.byFact.starts == compiled.byFact.starts)
    #expect(embedded.byFact.records == compiled.byFact.records)
    #expect(embedded.weights == compiled.weights)
  }

  /// Questions made of the stems of every few terms, run together with a stem no term has.
  private func samples(of lists: [TermList]) -> [[Int]] {
    let terms = lists.flatMap { list in list.terms.indices.map { Array(list.stems(of: $0)) } }
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
      for place in list.terms.indices {
        let stems = list.stems(of: place)
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
