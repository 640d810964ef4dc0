import Testing

@testable import AdvisorCore

@Suite struct ContextualCorrectionTests {
  @Test func aRealWordIsCorrectedWhenItCompletesAName() {
    let analysis = TestAdvisor.analyzer().analyze("what do principle engineers do?")
    #expect(analysis.entities.roles == [.principalEngineer])
    #expect(analysis.corrections.map(\.understood) == ["principal"])
  }

  @Test func aRealWordAloneStaysItself() {
    #expect(TestAdvisor.analyzer().analyze("what is the principle here").corrections.isEmpty)
  }
}
