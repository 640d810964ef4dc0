import Testing

@testable import AdvisorCore

/// An answer rendered as plain text, written into one string sized for it: each kind of block
/// as the contract writes it, and tables padded to their widest cell by characters, not bytes.
@Suite struct PlainRendererTests {
  @Test func everyKindOfBlockIsWrittenOnItsOwnLine() {
    let answer = Answer([
      .heading("Pay"), .text("High."), .bullets(["one", "two"]), .note("a note"),
      .sources(["the article", "BLS"]),
    ])
    #expect(PlainRenderer.render(answer) == "Pay:\nHigh.\n- one\n- two\n(a note)\nSources: the article; BLS")
    #expect(PlainRenderer.render(Answer()) == "")
    #expect(PlainRenderer.render(Answer([.bullets([]), .sources([])])) == "\nSources: ")
  }

  @Test func anAnswerOfOneParagraphIsThatParagraph() {
    let paragraph = "A paragraph long enough to be stored apart from its string value — with a dash."
    #expect(PlainRenderer.render(Answer([.text(paragraph)])) == paragraph)
    #expect(PlainRenderer.render(Answer([.heading("Pay")])) == "Pay:")
    #expect(PlainRenderer.render(Answer([.text("")])) == "")
  }

  @Test func aTablesColumnsArePaddedToTheirWidestCellButNotTheLast() {
    let answer = Answer([
      .text("Side by side:"),
      .table([["", "Manager", "Director"], ["Pay", "high", "higher"], ["Team — size", "8"]]),
      .text("After."),
    ])
    #expect(
      PlainRenderer.render(answer)
        == "Side by side:\n"
        + "             Manager  Director\n"
        + "Pay          high     higher\n"
        + "Team — size  8\n"
        + "After.")
  }

  @Test func paddingLongerThanOneRunOfSpacesIsWrittenWhole() {
    let wide = String(repeating: "x", count: 75)
    let answer = Answer([.table([[wide, "a"], ["日本", "b"]])])
    #expect(PlainRenderer.render(answer) == "\(wide)  a\n日本\(String(repeating: " ", count: 73))  b")
  }
}
