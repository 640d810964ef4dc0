import Foundation
import Testing

/// `advisor replay` and `advisor check` end to end: the built binary, its output and
/// its exit codes.
@Suite final class TranscriptCommandTests {
  /// A fresh working folder per test, removed afterwards.
  private let folder: URL

  init() throws {
    folder = try BinaryRunner.temporaryFolder()
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func write(_ name: String, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: folder.appendingPathComponent(name))
  }

  private func write(_ name: String, _ text: String) throws {
    try write(name, Array(text.utf8))
  }

  private func read(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  private func advisor(_ arguments: String...) throws -> BinaryRunner.Run {
    try BinaryRunner.run(arguments, in: folder)
  }

  @Test func binaryIsBuilt() {
    #expect(
      FileManager.default.isExecutableFile(atPath: BinaryRunner.executable.path),
      "no advisor at \(BinaryRunner.executable.path); run 'swift build' first")
  }

  @Test(arguments: [
    ("bad.transcript", Array("> hi\r\n".utf8), Int32(65), "bad.transcript:1: has a CRLF line end"),
    (
      "bad.transcript", Array("> hi\n> caf".utf8) + [0xE9, 10], 65,
      "bad.transcript:2: is not valid UTF-8"
    ),
    (
      "bad.transcript", Array("> hi\n> :reest\n".utf8), 65,
      "bad.transcript:2: unknown command ':reest'"
    ),
    (
      "bad.transcript", Array("> hi\n@ intent: pay\n".utf8), 65,
      "bad.transcript:2: unknown intent 'pay'"
    ),
    (
      "bad.transcript", Array("> hi\n@ roles: pilot\n".utf8), 65,
      "bad.transcript:2: unknown role id 'pilot'"
    ),
    ("missing.transcript", [], 66, "missing.transcript: cannot be read"),
    ("empty", [], 66, "empty: holds no transcripts"),
  ])
  func badTranscriptIsReportedAndTheOthersStillRun(
    name: String, bytes: [UInt8], status: Int32, message: String
  ) throws {
    if name == "empty" {
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
    } else if !bytes.isEmpty {
      try write(name, bytes)
    }
    try write("good.transcript", "> :profile\n")
    let replay = try advisor("replay", name, "good.transcript")
    #expect(replay.status == status)
    #expect(replay.stderr.contains("advisor: " + message), "stderr: \(replay.stderr)")
    #expect(replay.stdout.contains("> :profile\nProfile: empty"))
    let check = try advisor("check", name, "good.transcript")
    #expect(check.status == status)
    #expect(check.stderr.contains("advisor: " + message), "stderr: \(check.stderr)")
    #expect(check.stdout.hasSuffix("0 passed, 1 failed\n"), "stdout: \(check.stdout)")
  }

  @Test func replayIsAValidTranscriptThatChecksAndIsTheSameEveryRun() throws {
    try write(
      "talk.transcript",
      "# A talk.\n> hi\n> what does a CTO do?\n> how much do they make?\n> :context\n")
    let first = try advisor("replay", "talk.transcript")
    #expect(first.status == 0)
    #expect(first.stdout.hasPrefix("> hi\n"))
    // A saved profile and a history file, as the prompt would leave them: replay must
    // read neither.
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent(".local/state/advisor"), withIntermediateDirectories: true)
    try write(".local/state/advisor/profile", "role: cto\nyears: 12\n")
    try write(".local/state/advisor/history", "_HiStOrY_V2_\nI'm\\040a\\040CTO\n")
    let second = try advisor("replay", "talk.transcript")
    #expect(second.stdout == first.stdout)
    #expect(second.stdout.contains("\nProfile: empty"))
    #expect(
      try advisor("replay", "--json", "talk.transcript").stdout
        == advisor("replay", "--json", "talk.transcript").stdout)
    try write("replayed.transcript", first.stdout)
    let check = try advisor("check", "replayed.transcript")
    #expect(check.stdout == "4 passed, 0 failed\n")
    #expect(check.status == 0)
  }

  @Test func jsonGivesOneObjectPerQuestionAndNoneForCommands() throws {
    try write("talk.transcript", "> hi\n> :reset\n> what does a CTO do?\n")
    let run = try advisor("replay", "--json", "talk.transcript")
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(
      lines.last?.hasPrefix(
        "{\"turn\": 2, \"input\": \"what does a CTO do?\", \"intent\": \"role_overview\"") == true)
  }

  @Test func replayWhyFollowsEachAnswerWithItsExplanationAndStillChecks() throws {
    try write("talk.transcript", "> how much does an em make\n> :reset\n")
    let run = try advisor("replay", "--why", "talk.transcript")
    #expect(run.status == 0)
    #expect(run.stdout.contains("\n> :why\nWhy the answer to \"how much does an em make\":\n"))
    #expect(run.stdout.contains("Chosen: salary"))
    try write("explained.transcript", run.stdout)
    #expect(try advisor("check", "explained.transcript").stdout == "3 passed, 0 failed\n")
  }

  @Test func checkReportsEachFailureWithLineAndDiffThenGoesOn() throws {
    try write("a.transcript", "> hi\nHowdy!\n\n> what does a CTO do?\n@ intent: salary\n")
    try write("b.transcript", "> :profile\n")
    try #require(try advisor("check", "--update", "b.transcript").status == 0)
    let run = try advisor("check", ".")
    #expect(run.status == 1)
    #expect(
      run.stdout.contains(
        "./a.transcript:1: > hi\n--- expected\n+++ actual\n@@ -2,1 +2,1 @@\n-Howdy!\n+"))
    #expect(
      run.stdout.contains(
        "./a.transcript:4: > what does a CTO do?\n  expected intent salary, got role_overview\n"))
    #expect(run.stdout.hasSuffix("\n1 passed, 2 failed\n"))
  }

  @Test func updateWritesAnswersInPlaceKeepingLayoutAndLeavesNoTemporaryFile() throws {
    let original =
      "# Lesson.\n\n> hi\n@ intent: greeting\n# Now a role.\n> what does a CTO do?\nStale answer.\n# aside\n"
    try write("lesson.transcript", original)
    let update = try advisor("check", "--update", "lesson.transcript")
    #expect(update.status == 0)
    #expect(update.stdout.hasSuffix("Wrote 2 answers.\n2 passed, 0 failed\n"))
    let updated = try read("lesson.transcript")
    #expect(updated.hasPrefix("# Lesson.\n\n> hi\n@ intent: greeting\nHello"))
    #expect(updated.contains("\n\n# Now a role.\n> what does a CTO do?\nChief technology officer"))
    #expect(updated.hasSuffix("\n# aside\n"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["lesson.transcript"])
    #expect(try advisor("check", "lesson.transcript").stdout == "2 passed, 0 failed\n")
  }

  @Test func coverageListsExercisedAndMissingIds() throws {
    try write("a.transcript", "> hi\n> what does a CTO do?\n")
    let run = try advisor("check", "--coverage", "a.transcript")
    #expect(run.stdout.contains("Coverage of 1 transcript:\nintents: 2 of "))
    #expect(run.stdout.contains(" exercised\n  greeting 1, role_overview 1\n"))
    #expect(run.stdout.contains(" exercised\n  cto 1\n  missing: staff_engineer,"))
    #expect(run.stdout.contains("\nindustries: 0 of 8 exercised\n  missing: "))
    #expect(run.stdout.contains("\n  a.transcript: 2 questions; intents 2/"))
  }
}
