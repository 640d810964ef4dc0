import Testing

@testable import AdvisorCore

@Suite struct TokenizerTests {
  @Test func splitsOnWordBoundariesAndLowercases() {
    let words = Tokenizer.words(in: TextNormalizer.normalize("How much does an EM make?!"))
    #expect(words == ["how", "much", "does", "an", "em", "make"])
  }

  @Test func namesAreReadWithoutExpandingContractions() {
    #expect(Tokenizer.words(in: "i'm") == ["im"])
  }

  @Test func keepsAmpersandsInsideWords() {
    #expect(Tokenizer.words(in: "r&d manager") == ["r&d", "manager"])
  }

  @Test func spellsOutTextSpeak() {
    let tokenizer = Tokenizer(contractions: IntentLibrary.embedded().cues.contractions)
    #expect(tokenizer.words(in: "wat shud ppl do") == ["what", "should", "people", "do"])
    #expect(tokenizer.words(in: "dirs") == ["directors"])
    #expect(tokenizer.words(in: "sal for a dir") == ["salary", "for", "a", "director"])
  }

  @Test func expandsTheCueFilesContractionsAndDropsPossessives() {
    let tokenizer = Tokenizer(contractions: IntentLibrary.embedded().cues.contractions)
    let words = tokenizer.words(in: TextNormalizer.normalize("I’m sure what’s a master's"))
    #expect(words == ["i", "am", "sure", "what", "is", "a", "master"])
  }

  /// Found by advisor-fuzz: dropping a possessive left the apostrophes before it, so the
  /// words read differently once written out again (an intent file's phrase round trip).
  @Test(arguments: ["credential''s", "rock'n'roll's", "it's's", "master's", "r&d's", "x''&'s é"])
  func wordsReadTheSameWrittenOutAgain(_ text: String) {
    let words = Tokenizer.words(in: text)
    #expect(Tokenizer.words(in: words.joined(separator: " ")) == words)
    #expect(words.allSatisfy { !$0.contains("'") })
  }

  @Test func replacesControlAndEscapeCharactersWithSpaces() {
    let words = Tokenizer.words(in: TextNormalizer.normalize("salary\u{1B}[31m\u{7}cto\tpay"))
    #expect(words == ["salary", "31m", "cto", "pay"])
  }

  @Test func keepsNonAsciiLetters() {
    #expect(Tokenizer.words(in: TextNormalizer.normalize("Café rôle 🚀")) == ["café", "rôle"])
  }

  @Test func matchesWholeWordsOnly() {
    // "ghost" is one word: it must not be read as the keyword "host" or anything in it.
    let analysis = TestAdvisor.analyzer().analyze("ghost")
    #expect(analysis.words == ["ghost"])
    #expect(analysis.classification.intent == .unknown)
  }

  /// Texts to split: every short mix of letters, apostrophes, ampersands and stops, the sample
  /// questions, and each contraction alone, possessive and before an ampersand.
  static func texts(contractions: [String: [String]]) throws -> [String] {
    try ASCIISamples.all(of: "ab's&.A1\t", upTo: 4) + ASCIISamples.questions()
      + contractions.keys.sorted().map { "\($0) \($0)'s, \($0)'&" }
  }

  /// ASCII text is split on its bytes, which must find the words the scalars find: possessives,
  /// apostrophes, ampersands and the contractions (written with the cue files' apostrophes),
  /// and every ASCII character inside a word and alone.
  @Test func bytesAgreeWithScalars() throws {
    let contractions = IntentLibrary.embedded().cues.contractions
    let tokenizer = Tokenizer(contractions: contractions)
    let texts =
      try Self.texts(contractions: contractions) + ASCIISamples.characters.map { "a\($0)b \($0) z\($0)" }
    for text in texts {
      #expect(tokenizer.asciiWords(in: text) == tokenizer.unicodeWords(in: text), "\(text)")
    }
    #expect(tokenizer.asciiWords(in: "café") == nil)
  }
}

extension TokenizerTests {
  /// A word of other letters loses its possessive and its apostrophes as an ASCII one does:
  /// both paths read a word's bytes the same way.
  @Test func wordsOfOtherLettersLosePossessivesAndApostrophes() {
    #expect(Tokenizer.words(in: "café's l'été rôle''s naïve'&") == ["café", "lété", "rôle", "naïve"])
  }
}

extension TokenizerTests {
  /// The keys the tokenizer makes from a word's bytes are the keys of the words it returns, as
  /// spelling, cues and names would make them from the strings: for contractions expanded,
  /// possessives and apostrophes dropped, long words, and words of other letters (any word).
  @Test func keyedWordsHaveTheirWordsKeys() throws {
    let contractions = IntentLibrary.embedded().cues.contractions
    let tokenizer = Tokenizer(contractions: contractions)
    let texts =
      try Self.texts(contractions: contractions)
      + ["an electrical engineering manager's résumé", "café's l'été rôle''s naïve'&", "K kelvin"]
    for text in texts {
      let (words, keys) = tokenizer.keyedWords(in: text)
      #expect(words == tokenizer.words(in: text), "\(text)")
      #expect(keys == words.map(PhraseIndex<Cue>.key), "\(text)")
    }
  }

  /// A question's keys read the key past the last word as any word's, and a corrected word's
  /// key is the correction's.
  @Test func wordKeysReadPastTheEndAndFollowCorrections() {
    var keys = WordKeys(["salery", "range"])
    #expect(keys[0] == PhraseIndex<Cue>.key(of: "salery"))
    #expect(keys[2] == PhraseIndex<Cue>.anyWord)
    keys.replace(at: 0, with: "salary")
    #expect(keys[0] == PhraseIndex<Cue>.key(of: "salary"))
    #expect(keys[1] == PhraseIndex<Cue>.key(of: "range"))
  }
}
