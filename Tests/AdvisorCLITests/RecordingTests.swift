import Foundation
import Testing

/// Issue 12, cases 2 and 11: a recording survives the signals that end a session, and a
/// recording that cannot be written never leaves the prompt stuck.
@Suite struct RecordingTests {
  private let enter = "\r"

  @Test(arguments: [SIGHUP, SIGTERM])
  func aSignalThatEndsTheSessionKeepsTheRecording(signal: Int32) throws {
    let sandbox = try Sandbox()
    let (terminal, lesson) = try sandbox.recordACTOQuestion()
    try terminal.waitFor("> ")
    terminal.send(signal)
    #expect(try terminal.waitForExit() == 128 + signal)
    #expect(try String(contentsOfFile: lesson, encoding: .utf8).contains("> what does a cto do?\nChief"))
    let check = try BinaryRunner.run(["check", lesson], in: sandbox.root)
    #expect(check.stdout.contains("1 passed, 0 failed"), "stdout: \(check.stdout)")
  }

  @Test func anUnwritablePathIsRefusedAtOnceAndNothingIsStuck() throws {
    let sandbox = try Sandbox()
    let input = ":record /nonexistent/x.transcript\nsalary\n:stop\n:record good.transcript\nhello\n"
    let run = try BinaryRunner.run([], in: sandbox.root, input: Data(input.utf8))
    #expect(run.status == 1)
    #expect(
      run.stderr.contains("advisor: cannot record to '/nonexistent/x.transcript'"), "stderr: \(run.stderr)")
    #expect(run.stdout.contains("Not recording."))
    #expect(run.stdout.contains("Recording to 'good.transcript'"))
    let saved = try String(
      contentsOfFile: sandbox.root.appendingPathComponent("good.transcript").path, encoding: .utf8)
    #expect(saved.contains("> hello\n"))
  }

  /// A quiz that took its seed from the session (the second quiz takes seed 2) is recorded
  /// with that seed, so the recording, which starts afresh, asks the same questions.
  @Test func aRecordedQuizReplaysTheSameQuestions() throws {
    let sandbox = try Sandbox()
    let input = ":quiz\n:quiz stop\n:record quiz.transcript\n:quiz\nno idea\n:quiz stop\n:stop\n"
    let run = try BinaryRunner.run([], in: sandbox.root, input: Data(input.utf8))
    #expect(run.status == 0, "stderr: \(run.stderr)")
    let saved = try String(
      contentsOfFile: sandbox.root.appendingPathComponent("quiz.transcript").path, encoding: .utf8)
    #expect(saved.contains("\n> :quiz --seed 2\nQuiz: 5 questions from the knowledge base (seed 2)."))
    let check = try BinaryRunner.run(["check", "quiz.transcript"], in: sandbox.root)
    #expect(check.stdout == "3 passed, 0 failed\n", "stdout: \(check.stdout)")
  }

  @Test func aRecordingWhoseFileBecomesUnwritableCanBeMovedOrAbandoned() throws {
    let sandbox = try Sandbox()
    let folder = sandbox.root.appendingPathComponent("lessons").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let terminal = try sandbox.startAdvisor()
    try terminal.waitFor("advisor> ")
    terminal.type(":record \(folder)/a.transcript" + enter)
    try terminal.waitFor("Recording to")
    try FileManager.default.removeItem(atPath: folder)
    terminal.type("hello" + enter)
    try terminal.waitFor("cannot save the recording")
    let moved = sandbox.root.appendingPathComponent("b.transcript").path
    try terminal.waitFor("> ")
    terminal.type(":record \(moved)" + enter)
    try terminal.waitFor("Moved the recording")
    terminal.type(":stop" + enter)
    try terminal.waitFor("Saved 1 turns")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    terminal.type(":record \(folder)/c.transcript" + enter)
    try terminal.waitFor("Recording to")
    try FileManager.default.removeItem(atPath: folder)
    terminal.type("hello" + enter)
    try terminal.waitFor("cannot save the recording")
    try terminal.waitFor("> ")
    terminal.type(":stop" + enter)
    try terminal.waitFor("abandoned the recording")
    terminal.type(":stop" + enter)
    try terminal.waitFor("Not recording.")
    terminal.type(":quit" + enter)
    #expect(try terminal.waitForExit() == 1)
    #expect(try String(contentsOfFile: moved, encoding: .utf8).contains("> hello\nHello!"))
  }
}
