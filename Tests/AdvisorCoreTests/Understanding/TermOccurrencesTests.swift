import Testing

@testable import AdvisorCore

@Suite struct TermOccurrencesTests {
  /// Two intents' terms: the first weighs "1 2" and `<role>` and excludes "4"; the second
  /// weighs "2", "1 2 1" and `<amount>` and requires "2 3", whose key is "3", its second stem.
  private let index = TermIndex(
    weighed: TermList([
      [.init(term: .words(["a", "b"]), stems: [1, 2]), .init(term: .entity(.roles), stems: [])],
      [
        .init(term: .words(["b"]), stems: [2]), .init(term: .words(["a", "b", "a"]), stems: [1, 2, 1]),
        .init(term: .amount, stems: []),
      ],
    ]),
    weights: [1, 2, 3, 4, 5],
    required: TermList([[], [.init(term: .words(["b", "c"]), stems: [2, 3])]]),
    excluded: TermList([[.init(term: .words(["d"]), stems: [4])], []]), stemCount: 5)

  /// The facts of a question naming a role, with no amount.
  private var namingARole: QuestionFacts {
    var entities = Entities()
    entities.roles = [RoleID("engineering-manager")]
    return QuestionFacts(entities: entities, hasReference: false, isQuestion: true, hasAmount: false)
  }

  /// What `body` makes of the occurrences of the index's terms in `stems`.
  private func found<Result>(in stems: [Int], _ body: (TermOccurrences) -> Result) -> Result {
    stems.withUnsafeBufferPointer { TermOccurrences.find(in: $0, facts: namingARole, of: index) { body($1) } }
  }

  /// Every occurrence of the weighed terms in `stems`, in order.
  private func all(in stems: [Int]) -> [(place: Int, start: Int, stemCount: Int)] {
    found(in: stems) { occurrences in (0..<occurrences.count).map { occurrences[$0] } }
  }

  /// Whether the question `stems` is allowed for each intent.
  private func allowed(in stems: [Int]) -> [Bool] {
    found(in: stems) { occurrences in [occurrences.allows(0), occurrences.allows(1)] }
  }

  @Test func theWeighedTermsAreInTheirOrderEachAtEveryStart() {
    let occurrences = all(in: [1, 2, -1, 1, 2, 1])
    #expect(occurrences.map(\.place) == [0, 0, 1, 2, 2, 3])
    #expect(occurrences.map(\.start) == [0, 3, -1, 1, 4, 3])
    #expect(occurrences.map(\.stemCount) == [2, 2, 0, 1, 1, 3])
  }

  @Test func aTermIsNotFoundPastEitherEndNorAFactTheQuestionLacks() {
    #expect(all(in: [-1, 1]).map(\.place) == [1])
    #expect(allowed(in: [3, 2]) == [true, false])
  }

  @Test func anIntentIsAllowedByATermItRequiresAndRuledOutByOneItExcludes() {
    #expect(allowed(in: [1]) == [true, false])
    #expect(allowed(in: [2, 3]) == [true, true])
    #expect(allowed(in: [4, 2, 3]) == [false, true])
  }

  @Test func anIntentsOccurrencesEndWhereItsRangeDoes() {
    let ends = found(in: [1, 2, -1, 1, 2, 1]) { occurrences in
      [occurrences.end(ofIntent: 0, from: 0), occurrences.end(ofIntent: 1, from: 3)]
    }
    let intents = found(in: [1, 2, -1, 1, 2, 1]) { occurrences in
      (0..<occurrences.count).map(occurrences.intent)
    }
    #expect(ends == [3, 6])
    #expect(intents == [0, 0, 0, 1, 1, 1])
  }

  @Test func noMoreTermsAreFoundThanTheBoundAllowsRoomFor() {
    let stems = [1, 2, -1, 1, 2, 1]
    let bound = stems.withUnsafeBufferPointer { index.occurrenceBound(in: $0, facts: namingARole) }
    #expect(bound >= all(in: stems).count)
  }
}
