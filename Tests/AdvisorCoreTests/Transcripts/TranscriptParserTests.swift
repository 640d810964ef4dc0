import Testing

@testable import AdvisorCore

/// The transcript format: questions, meta-commands, comments, expectations and answers.
@Suite struct TranscriptParserTests {
  @Test func questionsAloneAreAValidTranscript() throws {
    let transcript = try TranscriptParser.parse(
      "> hi\n> what does a CTO do?\n> bye\n", file: "t", knowledge: .standard, intents: .embedded())
    #expect(transcript.entries.map(\.input) == ["hi", "what does a CTO do?", "bye"])
    #expect(transcript.entries.map(\.line) == [1, 2, 3])
    #expect(transcript.entries.allSatisfy { $0.expectedAnswer == nil && !$0.isChecked })
  }

  @Test func answerRunsFromFirstToLastTextLineUnderItsQuestion() throws {
    let text = """
      # A header comment.
      > what does a CTO do?
      @ intent: role_overview
      @ roles: cto

      Chief technology officer:

      - Leads technology.

      # A note for the next question.
      > :reset
      Started afresh.
      """
    let transcript = try TranscriptParser.parse(text, file: "t", knowledge: .standard, intents: .embedded())
    let first = try #require(transcript.entries.first)
    #expect(first.expectedAnswer == ["Chief technology officer:", "", "- Leads technology."])
    #expect(first.answerLines == 5..<8)
    #expect(first.expectations.map(\.subject) == [.intent, .entities(.roles)])
    #expect(first.expectations.map(\.values) == [["role_overview"], ["cto"]])
    #expect(transcript.entries[1].isCommand)
    #expect(transcript.entries[1].expectedAnswer == ["Started afresh."])
  }

  @Test func commentsInsideAnAnswerAreNotPartOfIt() throws {
    let transcript = try TranscriptParser.parse(
      "> hi\nHello!\n# aside\nWelcome.\n", file: "t", knowledge: .standard, intents: .embedded())
    let entry = try #require(transcript.entries.first)
    #expect(entry.expectedAnswer == ["Hello!", "Welcome."])
    #expect(entry.answerComments == ["# aside"])
  }

  @Test func backslashEscapesAnswerLinesThatLookLikeMarkup() throws {
    let transcript = try TranscriptParser.parse(
      "> hi\n\\> quoted\n\\# not a comment\n\\\n", file: "t", knowledge: .standard, intents: .embedded())
    #expect(transcript.entries.first?.expectedAnswer == ["> quoted", "# not a comment", ""])
  }

  @Test func intentExpectationMayListAlternativesAndEntitiesMayBeEmptyOrSingular() throws {
    let text = "> pay?\n@ intent: salary, outlook\n@ roles:\n@ degree: mem\n"
    let expectations = try #require(
      try TranscriptParser.parse(text, file: "t", knowledge: .standard, intents: .embedded()).entries.first
    )
    .expectations
    #expect(expectations.map(\.values) == [["salary", "outlook"], [], ["mem"]])
    #expect(expectations.map(\.subject) == [.intent, .entities(.roles), .entities(.degrees)])
  }

  @Test func pendingMarksATurnWithItsReasonAndTakesItOutOfTheCount() throws {
    let text = "> is an MEM worth it?\n@ roles:\n@ pending: the role carries, see issue 12\n"
    let entry = try #require(
      try TranscriptParser.parse(text, file: "t", knowledge: .standard, intents: .embedded()).entries.first)
    #expect(entry.isPending)
    #expect(!entry.isChecked)
    #expect(entry.expectations.last?.values == ["the role carries, see issue 12"])
  }

  @Test func byteOrderMarkIsSkipped() throws {
    let transcript = try TranscriptParser.parse(
      bytes: [0xEF, 0xBB, 0xBF] + Array("> hi\n".utf8), file: "t", knowledge: .standard, intents: .embedded())
    #expect(transcript.entries.map(\.input) == ["hi"])
  }

  @Test func crlfLineEndIsRejectedAtItsLine() {
    #expect(throws: TranscriptError(file: "t", line: 2, problem: .carriageReturn)) {
      try TranscriptParser.parse("> hi\n> bye\r\n", file: "t", knowledge: .standard, intents: .embedded())
    }
  }

  @Test func invalidUTF8IsRejectedAtItsLine() {
    #expect(throws: TranscriptError(file: "t", line: 2, problem: .invalidUTF8)) {
      try TranscriptParser.parse(
        bytes: Array("> hi\n> caf".utf8) + [0xE9] + [10], file: "t", knowledge: .standard,
        intents: .embedded())
    }
  }

  @Test(arguments: [
    ("> hi\n> :reest\n", 2, TranscriptProblem.unknownCommand(":reest")),
    (
      "> hi\n@ intent: salry\n", 2,
      .unknownIntent("salry", known: IntentLibrary.embedded().definitions.map(\.intent.rawValue))
    ),
    ("> hi\n@ intent:\n", 2, .missingIntent),
    (
      "> hi\n@ roles: cto, cfo\n", 2,
      .unknownEntity(kind: .roles, id: "cfo", known: KnowledgeBase.standard.ids(of: .roles))
    ),
    ("> hi\n@ mood: happy\n", 2, .unknownExpectation("mood")),
    ("> hi\n@ intent: greeting\n@ intent: thanks\n", 3, .duplicateExpectation("intent")),
    ("> hi\nHello.\n@ intent: greeting\n", 3, .misplacedExpectation),
    ("> :reset\n@ intent: greeting\n", 2, .expectationOnCommand),
    ("@ intent: greeting\n> hi\n", 1, .expectationOutsideTurn),
    ("Lesson one\n> hi\n", 1, .textBeforeQuestion),
    ("> hi\n>\n", 2, .emptyInput),
    ("> hi\n> :quit\n# fine\n> bye\n", 4, .afterQuit),
  ])
  func malformedLineIsRejectedWithItsLine(text: String, line: Int, problem: TranscriptProblem) {
    #expect(throws: TranscriptError(file: "t", line: line, problem: problem)) {
      try TranscriptParser.parse(text, file: "t", knowledge: .standard, intents: .embedded())
    }
  }

  @Test func fileWithoutQuestionsIsRejected() {
    #expect(throws: TranscriptError(file: "t", line: 0, problem: .noQuestions)) {
      try TranscriptParser.parse(
        "# Only a comment.\n\n", file: "t", knowledge: .standard, intents: .embedded())
    }
  }

  @Test func messagesNameFileLineAndSuggestAFix() {
    let unknownIntent = TranscriptError(
      file: "a.transcript", line: 4,
      problem: .unknownIntent("salry", known: IntentID.contract.map(\.rawValue)))
    #expect(
      unknownIntent.description == "a.transcript:4: unknown intent 'salry'; did you mean 'salary'?")
    let unknownRole = TranscriptError(
      file: "a.transcript", line: 5,
      problem: .unknownEntity(
        kind: .roles, id: "pilot", known: KnowledgeBase.standard.ids(of: .roles)))
    #expect(
      unknownRole.description.hasPrefix(
        "a.transcript:5: unknown role id 'pilot'; use one of staff_engineer,"))
    let crlf = TranscriptError(file: "a.transcript", line: 1, problem: .carriageReturn)
    #expect(crlf.description.contains("LF line ends"))
    #expect(TranscriptError(file: "dir", line: 0, problem: .noTranscripts).isUnreadable)
    #expect(!crlf.isUnreadable)
  }
}
