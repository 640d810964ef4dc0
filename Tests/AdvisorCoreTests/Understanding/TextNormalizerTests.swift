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

  /// Eight bytes at a time, every ASCII character anywhere in a longer text is normalized as
  /// the path on scalars does it.
  @Test func eightBytesAtATimeAgreeWithScalars() {
    let plain = Array("aZ9 bY8 cX7 dW6 eV5".utf8)
    for byte in UInt8(0)..<128 {
      for place in plain.indices {
        var bytes = plain
        bytes[place] = byte
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(
          TextNormalizer.normalizedASCII(text) == TextNormalizer.normalizedUnicode(text), "\(byte) \(place)")
      }
    }
  }
}

extension TextNormalizerTests {
  /// Text that is not ASCII is lowercased scalar by scalar as `lowercased()` does, and text
  /// already normalized comes back as it is.
  @Test func otherScriptsAreLowercasedAsTheStandardLibraryDoes() {
    for text in ["ÉCOLE Straße", "İstanbul", "ΣΑΣ", "Kelvin \u{212A}", "Ǆ ǅ", "“Quoted” — café\u{0}"] {
      let normalized = TextNormalizer.normalizedUnicode(text).unicodeScalars
      #expect(normalized.elementsEqual(TextNormalizer.normalizedUnicode(text.lowercased()).unicodeScalars))
    }
    #expect(TextNormalizer.normalize("how much does a cto make?") == "how much does a cto make?")
  }
}
