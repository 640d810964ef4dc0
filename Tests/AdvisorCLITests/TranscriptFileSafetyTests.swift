import Foundation
import Testing

/// Issue 12, cases 6 and 13: `check --update` respects read-only files and symbolic
/// links, and reading transcripts is bounded.
@Suite final class TranscriptFileSafetyTests {
  private let folder: URL

  init() throws {
    folder = try BinaryRunner.temporaryFolder()
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  @Test func updateRefusesAReadOnlyTranscript() throws {
    try "> hello\n".write(toFile: path("locked.transcript"), atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path("locked.transcript"))
    let run = try BinaryRunner.run(["check", "--update", "locked.transcript"], in: folder)
    #expect(run.status == 1)
    #expect(run.stderr.contains("cannot rewrite 'locked.transcript': is read-only"), "stderr: \(run.stderr)")
    #expect(try String(contentsOfFile: path("locked.transcript"), encoding: .utf8) == "> hello\n")
  }

  @Test func updateWritesThroughASymbolicLinkAndKeepsTheMode() throws {
    try FileManager.default.createDirectory(atPath: path("real"), withIntermediateDirectories: true)
    try "> hello\n".write(toFile: path("real/lesson.transcript"), atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o640], ofItemAtPath: path("real/lesson.transcript"))
    try FileManager.default.createSymbolicLink(
      atPath: path("lesson.transcript"), withDestinationPath: "real/lesson.transcript")
    let run = try BinaryRunner.run(["check", "--update", "lesson.transcript"], in: folder)
    #expect(run.status == 0, "stderr: \(run.stderr)")
    let manager = FileManager.default
    #expect(
      try manager.destinationOfSymbolicLink(atPath: path("lesson.transcript")) == "real/lesson.transcript")
    #expect(try String(contentsOfFile: path("real/lesson.transcript"), encoding: .utf8).contains("Hello!"))
    let mode = try manager.attributesOfItem(atPath: path("real/lesson.transcript"))[.posixPermissions] as? Int
    #expect(mode == 0o640)
  }

  @Test(arguments: ["/dev/zero", "fifo.transcript"])
  func onlyRegularFilesAreRead(file: String) throws {
    if file == "fifo.transcript" { #expect(mkfifo(path(file), 0o600) == 0) }
    let run = try BinaryRunner.run(["check", file], in: folder)
    #expect(run.status == 66)
    #expect(run.stderr.contains("is not a regular file"), "stderr: \(run.stderr)")
  }

  @Test func aFileOverTheLimitIsRefusedWithAClearMessage() throws {
    let big = Data(count: 17 * 1_048_576)
    try big.write(to: folder.appendingPathComponent("big.transcript"))
    let run = try BinaryRunner.run(["check", "big.transcript"], in: folder)
    #expect(run.status == 66)
    #expect(run.stderr.contains("is larger than 16 MB"), "stderr: \(run.stderr)")
    let piped = try BinaryRunner.run(["replay", "-"], in: folder, input: big)
    #expect(piped.status == 66)
    #expect(piped.stderr.contains("<stdin>: cannot be read: is larger than 16 MB"), "stderr: \(piped.stderr)")
  }

  @Test func symbolicLinkLoopsAreWalkedOnce() throws {
    try FileManager.default.createDirectory(atPath: path("lessons/inner"), withIntermediateDirectories: true)
    try "> :profile\n".write(toFile: path("lessons/inner/a.transcript"), atomically: true, encoding: .utf8)
    for name in ["lessons/loop", "lessons/inner/loop", "lessons/inner/up"] {
      try FileManager.default.createSymbolicLink(atPath: path(name), withDestinationPath: ".")
    }
    let start = Date()
    let run = try BinaryRunner.run(["check", "--update", "lessons"], in: folder)
    #expect(Date().timeIntervalSince(start) < 5)
    #expect(run.status == 0, "stderr: \(run.stderr)")
    #expect(run.stdout.contains("Wrote 1 answer."), "stdout: \(run.stdout)")
  }
}
