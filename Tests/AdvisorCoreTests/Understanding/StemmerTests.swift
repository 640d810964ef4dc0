import Testing

@testable import AdvisorCore

@Suite struct StemmerTests {
  @Test func inflectionsShareAStem() {
    let stemmer = Stemmer()
    #expect(Set(["earn", "earns", "earning"].map(stemmer.stem)) == [stemmer.stem("earn")])
  }

  /// The examples are mostly written in American spelling: a British question must reach the
  /// same weights.
  @Test(arguments: [
    ("specialisation", "specialization"), ("specialisations", "specializations"), ("licence", "license"),
    ("programme", "program"), ("organise", "organize"),
  ])
  func britishSpellingsStemAsAmericanOnes(british: String, american: String) {
    let stemmer = Stemmer()
    #expect(stemmer.stem(british) == stemmer.stem(american))
  }

  @Test func otherWordsAreLeftAsTheyAre() {
    #expect(Stemmer.americanSpelling("raise") == "raise")
    #expect(Stemmer.americanSpelling("salary") == "salary")
  }
}
