import Testing

@testable import AdvisorCore

/// Replaying transcripts and comparing turns: what passes, what fails and how it reads.
@Suite struct TranscriptCheckerTests {
  private func check(_ text: String) throws -> TranscriptCheck {
    TranscriptChecker(advisor: TestAdvisor.advisor()).check(
      try TranscriptParser.parse(text, file: "t.transcript", knowledge: .standard, intents: .embedded()))
  }

  /// The transcript with every answer written in, as `check --update` would.
  private func answered(_ text: String) throws -> String {
    try #require(try check(text).updatedText)
  }

  @Test func writtenAnswersPassAndOnlyCheckedTurnsCount() throws {
    let bare = try check("> hi\n> what does a CTO do?\n@ intent: role_overview\n> :reset\n")
    #expect(bare.passed == 1)
    #expect(bare.unchecked == 2)
    let full = try check(
      try answered("> hi\n> what does a CTO do?\n@ intent: role_overview\n> :reset\n"))
    #expect(full.passed == 3)
    #expect(full.failures.isEmpty)
    #expect(full.unchecked == 0)
  }

  @Test func aLineThatGetsNoAnswerIsUpdatedToAnEmptyOne() throws {
    let blank = "> \u{0}\u{0}\nsome old answer\n"
    #expect(try check(blank).failures.count == 1)
    let updated = try answered(blank)
    #expect(try check(updated).failures.isEmpty)
    #expect(try check(updated).updatedText == nil)
  }

  @Test func changedAnswerFailsWithFileLineAndDiff() throws {
    var lines = TranscriptRenderer.lines(of: try answered("> hi\n"))
    let actual = lines[1]
    lines[1] = "Howdy!"
    let result = try check(lines.joined(separator: "\n"))
    let failure = try #require(result.failures.first)
    let report = result.report(failure)
    #expect(
      report
        == "t.transcript:1: > hi\n--- expected\n+++ actual\n@@ -2,1 +2,1 @@\n-Howdy!\n+\(actual)")
  }

  @Test func wrongUnderstandingFailsAndIsNeverWrittenAsTheAnswer() throws {
    let result = try check("> what does a CTO do?\n@ intent: salary\n@ roles: vp_engineering\n")
    let failure = try #require(result.failures.first)
    #expect(
      failure.misunderstandings == [
        "expected intent salary, got role_overview", "expected roles [vp_engineering], got [cto]",
      ])
    #expect(result.updatableTurns.isEmpty)
    #expect(result.updatedText == nil)
  }

  @Test func pendingTurnIsNeitherCountedNorWrittenAndSaysWhenItIsFixed() throws {
    let broken = try check("> what does a CTO do?\n@ intent: salary\n@ pending: misread\n")
    let turn = try #require(broken.pending.first)
    #expect(broken.passed == 0 && broken.failures.isEmpty && broken.updatedText == nil)
    #expect(
      broken.report(pending: turn) == "t.transcript:1: > what does a CTO do?\n  pending: misread")
    let fixed = try check("> what does a CTO do?\n@ intent: role_overview\n@ pending: misread\n")
    #expect(try #require(fixed.pending.first).pendingIsResolved)
    #expect(fixed.report(pending: try #require(fixed.pending.first)).contains("remove '@ pending'"))
  }

  @Test func rolesMustMatchInOrder() throws {
    let question = "> engineering manager vs engineering director?\n"
    #expect(
      try check(question + "@ roles: engineering_manager, engineering_director\n").failures.isEmpty)
    #expect(
      try check(question + "@ roles: engineering_director, engineering_manager\n").failures.count
        == 1)
  }

  @Test func replayStopsAtQuit() throws {
    let result = try check("> hi\n> :quit\n")
    #expect(result.turns.map(\.entry.input) == ["hi"])
  }

  @Test func replayStartsWithAnEmptyProfile() throws {
    let result = try check("> :profile\n")
    #expect(result.turns.first?.text?.hasPrefix("Profile: empty") == true)
  }

  @Test func replayingTwiceGivesTheSameBytes() throws {
    let text =
      "> hi\n> what does an engineering manager do?\n> and a VP?\n> how much do they make?\n> :context\n"
    func replay() throws -> String {
      try check(text).turns.map { turn in
        TranscriptRenderer.turn(input: turn.entry.input, output: turn.text)
          + (turn.reply.map { TurnJSON.encode(turn: 1, reply: $0) } ?? "")
      }.joined()
    }
    let first = try replay()
    #expect(try replay() == first)
    #expect(first.contains("VP of engineering"))
  }

  @Test func coverageCountsWhatRepliesWere() throws {
    var coverage = CoverageReport(knowledge: .standard, intents: .embedded())
    coverage.add(try check("> hi\n> what does a CTO do?\n> how much do they make?\n"))
    #expect(coverage.intents[.greeting] == 1)
    #expect(coverage.entities[.roles]?["cto"] == 2)
    #expect(coverage.missingIntents.contains(.farewell))
    #expect(!coverage.missing(.roles).contains("cto"))
    #expect(coverage.missing(.degrees) == ["bachelors", "mem", "mba", "ms_engineering"])
    #expect(coverage.text.hasPrefix("Coverage of 1 transcript:\nintents: "))
    #expect(coverage.text.contains("  missing: staff_engineer, project_engineer,"))
    #expect(
      coverage.text.contains("\ndegrees: 0 of 4 exercised\n  missing: bachelors, mem, mba, ms_engineering\n"))
    let intents = TestAdvisor.library().definitions.count
    #expect(
      coverage.text.hasSuffix(
        "\nper file (distinct ids exercised, of all):\n  t.transcript: 3 questions; intents 3/\(intents), "
          + "roles 1/23, certifications 0/6, degrees 0/4, disciplines 0/5, industries 0/8, specializations 0/4"
      ))
  }
}
