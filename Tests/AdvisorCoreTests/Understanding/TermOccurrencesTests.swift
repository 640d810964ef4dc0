import Testing

@testable import AdvisorCore

@Suite struct TermOccurrencesTests {
  /// Two intents' terms: the first's "1 2" and `<role>`, the second's "2", "1 2 1" and
  /// `<amount>`.
  private let list = TermList([
    [.init(term: .words(["a", "b"]), stems: [1, 2]), .init(term: .entity(.roles), stems: [])],
    [
      .init(term: .words(["b"]), stems: [2]), .init(term: .words(["a", "b", "a"]), stems: [1, 2, 1]),
      .init(term: .amount, stems: []),
    ],
  ])

  /// The facts of a question naming a role, with no amount.
  private var namingARole: QuestionFacts {
    var entities = Entities()
    entities.roles = [RoleID("engineering-manager")]
    return QuestionFacts(
      ClassifierInput(tokens: [], entities: entities, hasReference: false, isQuestion: true, hasAmount: false)
    )
  }

  /// What `body` makes of the occurrences of the list's terms in `stems`.
  private func found<Result>(in stems: [Int], _ body: (TermOccurrences) -> Result) -> Result {
    stems.withUnsafeBufferPointer { TermOccurrences.find(list, in: $0, facts: namingARole) { body($1) } }
  }

  /// Every occurrence of the list's terms in `stems`, in order.
  private func all(in stems: [Int]) -> [(place: Int, start: Int)] {
    found(in: stems) { occurrences in (0..<occurrences.count).map { occurrences[$0] } }
  }

  @Test func theTermsAreInTheirOrderEachAtEveryStart() {
    let occurrences = all(in: [1, 2, -1, 1, 2, 1])
    #expect(occurrences.map(\.place) == [0, 0, 1, 2, 2, 3])
    #expect(occurrences.map(\.start) == [0, 3, -1, 1, 4, 3])
  }

  @Test func aTermIsNotFoundPastTheQuestionsEndNorAFactTheQuestionLacks() {
    #expect(all(in: [-1, 1]).map(\.place) == [1])
  }

  @Test func anIntentsOccurrencesEndWhereItsRangeDoes() {
    let ends = found(in: [1, 2, -1, 1, 2, 1]) { occurrences in
      [
        occurrences.end(before: list.ranges[0].upperBound, from: 0),
        occurrences.end(before: list.ranges[1].upperBound, from: 3),
      ]
    }
    #expect(ends == [3, 6])
  }

  @Test func noMoreTermsAreFoundThanTheBoundAllowsRoomFor() {
    let stems = [1, 2, -1, 1, 2, 1]
    let bound = stems.withUnsafeBufferPointer { list.occurrenceBound(in: $0, facts: namingARole) }
    #expect(bound >= all(in: stems).count)
  }

  @Test func aTermIsInTheIntentWhoseRangeHoldsIt() {
    #expect((0..<5).map(list.intent(of:)) == [0, 0, 1, 1, 1])
    let withAnEmptyIntent = TermList([
      [.init(term: .question, stems: [])], [], [.init(term: .amount, stems: [])],
    ])
    #expect((0..<2).map(withAnEmptyIntent.intent(of:)) == [0, 2])
  }
}
