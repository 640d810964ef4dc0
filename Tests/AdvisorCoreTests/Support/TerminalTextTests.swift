import Testing

@testable import AdvisorCore

/// Issue 12, case 7: untrusted text never reaches a terminal with its control characters.
@Suite struct TerminalTextTests {
  @Test func showsControlCharactersInCaretNotation() {
    #expect(TerminalText.sanitized(":\u{1B}]0;pwned\u{7}") == ":^[]0;pwned^G")
    #expect(TerminalText.sanitized("a\rb\u{7F}") == "a^Mb^?")
  }

  @Test func showsC1ControlsAsEscapes() {
    #expect(TerminalText.sanitized("x\u{9B}31m") == "x\\u{9b}31m")
  }

  @Test func keepsLineFeedsTabsAndOtherText() {
    let text = "Engineering manager:\n\t- café 😀 → (the article)"
    #expect(TerminalText.sanitized(text) == text)
  }
}
