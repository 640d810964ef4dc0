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

  /// The occurrences `take` hands out for each intent in turn.
  private func taken(_ occurrences: inout TermOccurrences) -> [[(place: Int, start: Int)]] {
    list.ranges.map { range in occurrences.take(before: range.upperBound).map { occurrences[$0] } }
  }

  @Test func eachIntentGetsItsTermsInOrderEachAtEveryStart() {
    var occurrences = TermOccurrences(of: list, in: [1, 2, -1, 1, 2, 1], facts: namingARole)
    let byIntent = taken(&occurrences)
    #expect(byIntent[0].map(\.place) == [0, 0, 1])
    #expect(byIntent[0].map(\.start) == [0, 3, -1])
    #expect(byIntent[1].map(\.place) == [2, 2, 3])
    #expect(byIntent[1].map(\.start) == [1, 4, 3])
  }

  @Test func aTermIsNotFoundPastTheQuestionsEndNorAFactTheQuestionLacks() {
    var occurrences = TermOccurrences(of: list, in: [-1, 1], facts: namingARole)
    let byIntent = taken(&occurrences)
    #expect(byIntent[0].map(\.place) == [1])
    #expect(byIntent[1].isEmpty)
  }
}
