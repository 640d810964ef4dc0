import Testing

@testable import AdvisorCore

@Suite struct StringTextTests {
  /// `containsText` reads both texts' bytes in place; it must find a text exactly where its bytes
  /// occur, at the start, the end, across a byte beyond ASCII, and never an empty one.
  @Test func containsTextFindsTheBytesOfTheOtherText() {
    let text = "Median pay: $167,740 — BLS, 2024"
    for part in ["Median", "2024", "$167,740", "— BLS", "740 —", "pay: $", text] {
      #expect(text.containsText(part), "\(part)")
    }
    for part in ["median", "2025", "$167,741", "-- BLS", "", text + "."] {
      #expect(!text.containsText(part), "\(part)")
    }
    #expect(!"".containsText("a"))
  }
}
