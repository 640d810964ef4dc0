import Testing

@testable import AdvisorGenerator

/// Literals read back as their text, whatever the text holds.
@Suite struct SwiftLiteralTests {
  @Test func stringLiteralsEscapeQuotesBackslashesAndControlCharacters() {
    #expect(SwiftLiteral.string("a \"b\" \\ c\n\u{1}") == "\"a \\\"b\\\" \\\\ c\\n\\u{1}\"")
  }

  @Test func rawBlocksUseMoreHashesThanTheTextHolds() {
    #expect(SwiftLiteral.rawBlock("plain") == "#\"\"\"\nplain\n\"\"\"#")
    #expect(SwiftLiteral.rawBlock("a \"\"\"## b #") == "###\"\"\"\na \"\"\"## b #\n\"\"\"###")
  }

  @Test func aRawBlockReadsBackAsItsText() {
    // The literal below is what rawBlock writes for this text.
    let text = "x: \"\"\"#\n  \\(y) ##"
    let block = ###"""
      x: """#
        \(y) ##
      """###
    #expect(block == text)
    #expect(SwiftLiteral.rawBlock(text) == "###\"\"\"\n" + text + "\n\"\"\"###")
  }
}
