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

  @Test func aRealWordAloneStaysItself() {
    #expect(TestAdvisor.analyzer().analyze("what is the principle here").corrections.isEmpty)
  }
}
