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

  /// `isOwnStem` spares Snowball only words it leaves alone: every word of the intents and the
  /// names, and every ending of up to three letters after stems of several shapes (short, long,
  /// and the prefixes Snowball measures its regions after).
  @Test func wordsTakenForTheirOwnStemAreSnowballs() {
    let stemmer = Stemmer()
    let vocabulary = IntentLibrary.embedded().termWords.union(EntityLexicon.embedded().allWords)
    let endings = ASCIISamples.all(of: "abcdefghijklmnopqrstuvwxyz'0", upTo: 3)
    let stems = ["", "b", "ab", "bab", "abab", "strab", "eeb", "generat", "communic", "arsen"]
    let words = vocabulary.sorted() + stems.flatMap { stem in endings.map { stem + $0 } }
    #expect(words.filter { Stemmer.isOwnStem($0) && stemmer.snowballStem($0) != $0 } == [])
    #expect(["how", "what", "job", "work", "about", "program"].allSatisfy(Stemmer.isOwnStem))
  }

  /// Every word of three letters, and every word of four that `isOwnStem` takes for its own
  /// stem by its length, is Snowball's own stem.
  @Test func shortWordsTakenForTheirOwnStemAreSnowballs() {
    let stemmer = Stemmer()
    let letters = "abcdefghijklmnopqrstuvwxyz"
    let threes = ASCIISamples.all(of: letters, upTo: 3).filter { $0.utf8.count == 3 }
    let fours = threes.flatMap { three in "clmnrt".map { three + String($0) } }
    #expect((threes + fours).filter { Stemmer.isOwnStem($0) && stemmer.snowballStem($0) != $0 } == [])
    #expect(["the", "for", "are", "goal", "team"].allSatisfy(Stemmer.isOwnStem))
  }
}
