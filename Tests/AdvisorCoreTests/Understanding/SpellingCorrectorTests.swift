import Testing

@testable import AdvisorCore

@Suite struct SpellingCorrectorTests {
  @Test(arguments: [
    ("salery", "salary"), ("enginering", "engineering"), ("directer", "director"),
    ("certifcations", "certifications"), ("managres", "managers"), ("managrs", "managers"),
    ("enigneering", "engineering"),
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

  @Test func leavesARealWordWithADoubleLetterAlone() {
    #expect(TestAdvisor.analyzer().analyze("carry").words == ["carry"])
  }

  /// "spent" is one letter from "spend", a word of the work and life file, and a word itself.
  @Test func leavesACommonWordNearADomainWordAlone() {
    #expect(TestAdvisor.analyzer().analyze("I spent six years in defense").words.contains("spent"))
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
  ///
  /// Read from the bytes of an ASCII question, and from its characters otherwise (a curly
  /// apostrophe), with the same result.
  @Test(arguments: ["and is the CAPM worth it for me?", "and is the CAPM worth it for me\u{2019}?"])
  func leavesAWordTypedInCapitalsAlone(question: String) {
    let analysis = TestAdvisor.analyzer().analyze(question)
    #expect(analysis.words.contains("capm"))
    #expect(analysis.corrections.isEmpty)
    #expect(analysis.unknownCredential == "CAPM")
  }

  /// A question mostly in capitals says nothing about any one word: its short typo is corrected.
  @Test func correctsAShortTypoInAShoutedQuestion() {
    #expect(TestAdvisor.analyzer().analyze("WHAT IS THE SALRY OF A CTO").words.contains("salary"))
  }

  /// Capitals say a short word is a name; a long one in capitals is stressed, and corrected.
  @Test func correctsALongWordTypedInCapitals() {
    #expect(TestAdvisor.analyzer().analyze("what does a DIRECTER do").words.contains("director"))
    #expect(TestAdvisor.analyzer().analyze("what is the SALLARY of a cto").words.contains("salary"))
  }

  /// Once a word one edit away is found, words of lengths two letters away are not searched:
  /// none of them could rank as well, and the nearest is the same as if they were.
  @Test func prefersTheNearestWordOfAnyLength() {
    let corrector = SpellingCorrector(
      vocabulary: ["engine", "engineer", "engineers", "enginnering", "managers", "manages"], protected: [])
    #expect(corrector.correction(for: "enginer") == "engineer")
    #expect(corrector.correction(for: "enginers") == "engineers")
    #expect(corrector.correction(for: "managres") == "managers")
    #expect(corrector.correction(for: "enginneer") == "engineer")
  }

  @Test func refusesAmbiguousCorrections() {
    let corrector = SpellingCorrector(vocabulary: ["cart", "card"], protected: [])
    #expect(corrector.correction(for: "carx") == nil)
    #expect(corrector.correction(for: "crat") == "cart")
  }
}
