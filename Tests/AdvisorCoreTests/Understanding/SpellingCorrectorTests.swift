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

  /// "calm" is a word of the work and life file, one transposition from "capm".
  @Test func leavesAWordTypedInCapitalsAlone() {
    let analysis = TestAdvisor.analyzer().analyze("and is the CAPM worth it for me?")
    #expect(analysis.words.contains("capm"))
    #expect(analysis.corrections.isEmpty)
    #expect(analysis.unknownCredential == "CAPM")
  }

  /// Capitals say a short word is a name; a long one in capitals is stressed, and corrected.
  @Test func correctsALongWordTypedInCapitals() {
    #expect(TestAdvisor.analyzer().analyze("what does a DIRECTER do").words.contains("director"))
  }

  @Test func refusesAmbiguousCorrections() {
    let corrector = SpellingCorrector(vocabulary: ["cart", "card"], protected: [])
    #expect(corrector.correction(for: "carx") == nil)
    #expect(corrector.correction(for: "crat") == "cart")
  }
}
