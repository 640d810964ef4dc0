import Testing

@testable import AdvisorCore

@Suite struct SpellingCorrectorTests {
  @Test(arguments: [
    ("salery", "salary"), ("enginering", "engineering"), ("directer", "director"),
    ("certifcations", "certifications"), ("managres", "managers"), ("enigneering", "engineering"),
    ("experiance", "experience"), ("specialzation", "specialization"), ("heyyy", "hey"),
  ])
  func correctsTyposTowardsTheDomainVocabulary(typed: String, meant: String) {
    let analysis = TestAdvisor.analyzer().analyze(typed)
    #expect(analysis.words == [meant])
  }

  @Test(arguments: ["host", "rule", "male", "mike", "weather", "pasta", "ghost", "place"])
  func neverTurnsARealWordIntoAnother(word: String) {
    #expect(TestAdvisor.analyzer().analyze(word).words == [word])
  }

  @Test func leavesShortWordsAlone() {
    #expect(TestAdvisor.analyzer().analyze("em pm vp").corrections.isEmpty)
  }

  @Test func leavesAnAbbreviationNearAnotherAlone() {
    let analysis = TestAdvisor.analyzer().analyze("is the PgMP worth it")
    #expect(analysis.corrections.isEmpty)
    #expect(analysis.entities.certifications.isEmpty)
  }

  @Test func refusesAmbiguousCorrections() {
    let corrector = SpellingCorrector(vocabulary: ["cart", "card"], protected: [])
    #expect(corrector.correction(for: "carx") == nil)
    #expect(corrector.correction(for: "crat") == "cart")
  }
}
