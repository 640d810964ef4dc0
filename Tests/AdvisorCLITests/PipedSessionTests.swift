import Foundation
import Testing

/// `advisor` with standard input and output on pipes: no prompt, no line editing, one
/// conversation answered line by line, plain text.
@Suite struct PipedSessionTests {
  @Test func answersEachLineInOneConversationAsPlainText() throws {
    let sandbox = try Sandbox()
    let home = URL(fileURLWithPath: sandbox.home)
    let input = "what does an em do?\nhow much do they make?\n:bogus\n:quit\nhello\n"
    let run = try BinaryRunner.run([], in: home, input: Data(input.utf8))
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    #expect(run.stdout.hasPrefix("Engineering manager (advanced stage"))
    #expect(run.stdout.contains("\n\nEngineering manager:\n- $"))
    #expect(run.stdout.contains("Unknown command ':bogus'"))
    #expect(!run.stdout.contains("Hello"))
    #expect(!run.stdout.contains("advisor>"))
    #expect(!run.stdout.contains("\u{1B}"))
    #expect(!FileManager.default.fileExists(atPath: sandbox.home + "/.local/state/advisor/history"))
  }

  @Test func stylesAPipeOnlyWhenAsked() throws {
    let sandbox = try Sandbox()
    let home = URL(fileURLWithPath: sandbox.home)
    let question = Data("what does a cto do?\n".utf8)
    let plain = try BinaryRunner.run([], in: home, input: question)
    let styled = try BinaryRunner.run(["--color", "always"], in: home, input: question)
    #expect(!plain.stdout.contains("\u{1B}"))
    #expect(styled.stdout.hasPrefix("\u{1B}[1mChief technology officer"))
  }
}

extension PipedSessionTests {
  /// Issue 12, case 15: a farewell does not drop the rest of the input.
  @Test func readsTheInputToItsEndPastAFarewell() throws {
    let sandbox = try Sandbox()
    let input = "hello\nthanks, bye\nwhat does a cto do?\n"
    let run = try BinaryRunner.run([], in: URL(fileURLWithPath: sandbox.home), input: Data(input.utf8))
    #expect(run.status == 0)
    #expect(run.stdout.contains("Chief technology officer (executive stage"), "stdout: \(run.stdout)")
  }

  /// Issue 12, case 15: `--json` with piped input prints one JSON object per answered
  /// question; messages go to standard error.
  @Test func jsonWithPipedInputPrintsJSONLines() throws {
    let sandbox = try Sandbox()
    let input = "hello\n:profile\nhow much does an em make?\n"
    let run = try BinaryRunner.run(
      ["--json"], in: URL(fileURLWithPath: sandbox.home), input: Data(input.utf8))
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix(#"{"turn": 1, "input": "hello""#) == true, "stdout: \(run.stdout)")
    #expect(lines.last?.contains(#""turn": 2"#) == true)
    #expect(run.stderr.contains("Profile: empty"))
  }
}
