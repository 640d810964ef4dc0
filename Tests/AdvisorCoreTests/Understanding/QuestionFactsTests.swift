import Testing

@testable import AdvisorCore

@Suite struct QuestionFactsTests {
  @Test func aQuestionGivesTheFactsItHasLowestFirstAndNoOther() {
    var entities = Entities()
    entities.roles = [RoleID("engineering-manager"), RoleID("product-manager")]
    let facts = QuestionFacts(entities: entities, hasReference: false, isQuestion: true, hasAmount: true)
    let terms: [IntentTerm] = [.entity(.roles), .severalRoles, .question, .amount]
    #expect(Array(facts) == terms.compactMap(QuestionFacts.fact(of:)))
    #expect(Array(facts) == Array(facts).sorted())
  }

  @Test func aQuestionWithoutNamesOrCuesHasNoFacts() {
    let facts = QuestionFacts(
      entities: Entities(), hasReference: false, isQuestion: false, hasAmount: false
    )
    #expect(Array(facts).isEmpty)
  }
}
