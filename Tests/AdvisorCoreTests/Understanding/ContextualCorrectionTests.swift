import Testing

@testable import AdvisorCore

@Suite struct ContextualCorrectionTests {
  @Test func aRealWordIsCorrectedWhenItCompletesAName() {
    let analysis = TestAdvisor.analyzer().analyze("what do principle engineers do?")
    #expect(analysis.entities.roles == [.principalEngineer])
    #expect(analysis.corrections.map(\.understood) == ["principal"])
  }

  @Test func aRealWordBesideAJoiningWordStaysItself() {
    let analysis = TestAdvisor.analyzer().analyze("does the school matter in engineering?")
    #expect(analysis.corrections.isEmpty)
    #expect(analysis.entities.degrees.isEmpty)
  }

  /// "Produce" beside "innovation" would complete "product innovation", but "innovation
  /// consultants" is a name already.
  @Test func aRealWordBesideAWholeNameStaysItself() {
    let analysis = TestAdvisor.analyzer().analyze("do MEM programs produce innovation consultants?")
    #expect(analysis.corrections.isEmpty)
    #expect(analysis.entities.roles == [.innovationConsultant])
  }

  @Test func aRealWordAloneStaysItself() {
    #expect(TestAdvisor.analyzer().analyze("what is the principle here").corrections.isEmpty)
  }
}
