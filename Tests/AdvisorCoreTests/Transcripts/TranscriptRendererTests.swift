import Testing

@testable import AdvisorCore

/// Writing transcripts: replay turns and `--update` rewrites that keep the layout.
@Suite struct TranscriptRendererTests {
  @Test func turnIsQuestionAnswerAndBlankLine() {
    #expect(
      TranscriptRenderer.turn(input: "hi", output: "Hello!\n- one") == "> hi\nHello!\n- one\n\n")
    #expect(TranscriptRenderer.turn(input: "hi", output: nil) == "> hi\n\n")
  }

  @Test func rewriteReplacesOnlyAnswersKeepingCommentsExpectationsAndLayout() throws {
    let text = """
      # Header.

      > hi
      @ intent: greeting
      Old hello.
      # aside inside the answer
      Old second line.

      # Note on the next question.
      > bye
      Goodbye.

      """
    let transcript = try TranscriptParser.parse(text, file: "t", knowledge: .standard, intents: .embedded())
    let rewritten = TranscriptRenderer.rewrite(transcript, answers: [["New hello."], ["Goodbye."]])
    #expect(
      rewritten == """
        # Header.

        > hi
        @ intent: greeting
        New hello.
        # aside inside the answer

        # Note on the next question.
        > bye
        Goodbye.

        """)
  }

  @Test func rewriteWritesAnswersUnderBareQuestions() throws {
    let transcript = try TranscriptParser.parse(
      "> hi\n@ intent: greeting\n# next\n> bye\n", file: "t", knowledge: .standard, intents: .embedded())
    let rewritten = TranscriptRenderer.rewrite(transcript, answers: [["Hello!"], ["Goodbye."]])
    #expect(rewritten == "> hi\n@ intent: greeting\nHello!\n\n# next\n> bye\nGoodbye.\n")
  }

  @Test func rewriteWithNothingNewReturnsTheFileUnchanged() throws {
    let text = "#  odd   spacing\n>   hi  \nHello!\n\n\n> bye\n"
    let transcript = try TranscriptParser.parse(text, file: "t", knowledge: .standard, intents: .embedded())
    #expect(TranscriptRenderer.rewrite(transcript, answers: [["Hello!"], nil]) == text)
  }

  @Test(arguments: [
    ["> quoted", "# hash", "@ at", "\\ backslash"],
    ["", "middle", ""],
    ["first", "", "last"],
    ["  "],
  ])
  func escapedAnswerReadsBackTheSame(answer: [String]) throws {
    let transcript = try TranscriptParser.parse(
      "> hi\n", file: "t", knowledge: .standard, intents: .embedded())
    let rewritten = TranscriptRenderer.rewrite(transcript, answers: [answer])
    let reread = try TranscriptParser.parse(rewritten, file: "t", knowledge: .standard, intents: .embedded())
    #expect(reread.entries.first?.expectedAnswer == answer)
  }
}
