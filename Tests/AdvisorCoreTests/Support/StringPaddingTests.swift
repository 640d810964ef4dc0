import Testing

@testable import AdvisorCore

@Suite struct StringPaddingTests {
  /// `characterCount` reads ASCII text a byte a character; it must count as `count` does, for
  /// short and long texts, with letters beyond ASCII, and with a CR LF, which is one character.
  @Test func characterCountCountsAsCountDoes() {
    let samples = [
      "", "a", "Director", "Engineering manager", "$167,740 — BLS, 2024", "café", "line\r\nnext",
      "twelve bytes\r\n", String(repeating: "ab", count: 40), String(repeating: "é", count: 9), "👩‍💻 lead",
    ]
    for text in samples {
      #expect(text.characterCount == text.count, "\(text)")
    }
  }

  /// A cell is padded to the width in characters, not bytes, and a wider one is left alone.
  @Test func paddingCountsCharacters() {
    #expect("café".padding(6) == "café  ")
    #expect("Director".padding(4) == "Director")
  }
}
