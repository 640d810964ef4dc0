import Testing

@testable import AdvisorCore

@Suite struct TextNormalizerTests {
  @Test(arguments: [
    ("M.B.A. or M.E.M.?", "mba or mem?"), ("is the P.M.P. worth it", "is the pmp worth it"),
    ("an m.b.a", "an mba"), ("U.S.A. pay, in “quotes”", "usa pay, in \"quotes\""), ("the r.a.f.", "the raf"),
  ])
  func initialsOfThreeLettersOrMoreAreOneWord(text: String, normalized: String) {
    #expect(TextNormalizer.normalize(text) == normalized)
  }

  /// Two letters stay as they are: "P.E." is the licence by its dotted name, and "e.g." and
  /// "a.m." are no names at all.
  ///
  /// Nor are letters inside a word initials: "mr.b.a.".
  @Test func twoDottedLettersStayApart() {
    #expect(TextNormalizer.normalize("a P.E. license, e.g. by 9 a.m.") == "a p.e. license, e.g. by 9 a.m.")
    #expect(TextNormalizer.normalize("mr.b.a.") == "mr.b.a.")
  }

  @Test func dottedInitialsNameTheirEntity() {
    let analysis = TestAdvisor.analyzer().analyze("How easily do M.E.M. students find jobs after an M.B.A.?")
    #expect(analysis.entities.degrees == [.mem, .mba])
  }

  /// ASCII text takes the path on bytes, which must normalize it as the path on scalars does.
  @Test func bytesAgreeWithScalars() throws {
    let texts =
      try ASCIISamples.characters + ASCIISamples.all(of: "aZ.`'\t\r\u{7F} 9", upTo: 4)
      + ASCIISamples.questions()
    for text in texts {
      #expect(TextNormalizer.normalizedASCII(text) == TextNormalizer.normalizedUnicode(text))
    }
    #expect(TextNormalizer.normalizedASCII("Café") == nil)
    #expect(TextNormalizer.normalize("Café") == "café")
  }
}
