import Foundation
import Testing

/// Issue 12, cases 7, 8 and 10: text from files, arguments and input never reaches the
/// terminal raw, and exit codes do not depend on whether standard error can be written.
@Suite final class UntrustedTextTests {
  private let folder: URL

  init() throws {
    folder = try BinaryRunner.temporaryFolder()
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func write(_ name: String, _ text: String) throws {
    try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }

  @Test func checkShowsEscapeSequencesInErrorsAndDiffsVisibly() throws {
    try write("title.transcript", "> :\u{1B}]0;pwned\u{7}\n")
    try write("diff.transcript", "> hello\n\u{1B}[2Jgone\n")
    let run = try BinaryRunner.run(["check", "title.transcript", "diff.transcript"], in: folder)
    #expect(run.status == 65)
    #expect(run.stderr.contains("unknown command ':^[]0;pwned^G'"), "stderr: \(run.stderr)")
    #expect(run.stdout.contains("-^[[2Jgone"), "stdout: \(run.stdout)")
    #expect(!(run.stdout + run.stderr).contains("\u{1B}"))
  }

  @Test func unknownCommandsAndUsageErrorsShowEscapeSequencesVisibly() throws {
    let piped = try BinaryRunner.run([], in: folder, input: Data(":\u{1B}[31mred\rx\n".utf8))
    #expect(piped.stdout.hasPrefix("Unknown command ':'"), "stdout: \(piped.stdout)")
    let usage = try BinaryRunner.run(["--\u{1B}]0;x\u{7}"], in: folder)
    #expect(usage.status == 64)
    #expect(usage.stderr.contains("unknown option '--^[]0;x^G'"))
    #expect(!(piped.stdout + usage.stderr).contains("\u{1B}"))
  }

  @Test(arguments: ["\r", "\n\n", "  "])
  func askWithOnlyWhiteSpaceIsAUsageError(question: String) throws {
    let run = try BinaryRunner.run(["ask", question], in: folder)
    #expect(run.status == 64)
    #expect(run.stderr.hasPrefix("advisor: 'ask' needs a question"))
    #expect(!run.stderr.contains("\r"))
  }

  @Test(arguments: [
    ("\"$ADVISOR\" --bogus 2>/dev/full", Int32(64)),
    ("\"$ADVISOR\" check /missing 2>&-", 66),
    ("\"$ADVISOR\" ask 2>/dev/full", 64),
  ])
  func theExitCodeDoesNotDependOnStandardError(script: String, status: Int32) throws {
    #expect(try BinaryRunner.shell(script, in: folder).status == status)
  }
}
