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

  /// `stem` leaves words of two bytes or fewer alone, as Snowball does: every one of ASCII.
  @Test func snowballLeavesWordsOfTwoLettersAlone() {
    let stemmer = Stemmer()
    let characters = ASCIISamples.characters
    let words = characters + characters.flatMap { first in characters.map { first + $0 } } + ["é", "ß"]
    #expect(words.filter { stemmer.snowballStem($0) != $0 } == [])
  }
}
