import AdvisorCore
import AdvisorTestSupport
import Foundation

/// Runs the built `advisor` executable with pipes, for end-to-end tests of exit codes
/// and output (argument-parser's `AssertExecuteCommand` pattern).
enum BinaryRunner {
  /// What one run printed and how it ended.
  struct Run {
    let stdout: String
    let stderr: String
    let status: Int32
  }

  /// The package root.
  static let packageRoot = PackageRoot.url

  /// The `advisor` built with these tests: beside the test bundle when the build used
  /// another scratch path (`--scratch-path`), else the package's `.build/debug/advisor`.
  static let executable: URL = {
    let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let beside = testBinary.deletingLastPathComponent().appendingPathComponent("advisor")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return packageRoot.appendingPathComponent(".build/debug/advisor")
  }()

  /// Runs `advisor arguments...` in `directory`, with a private HOME and no colour, and
  /// waits for it.
  /// - Parameters:
  ///   - arguments: the command line after the program name.
  ///   - directory: the working directory.
  ///   - input: bytes for standard input.
  /// - Returns: what the run printed and its exit status.
  /// - Throws: when the executable cannot be started.
  static func run(_ arguments: [String], in directory: URL, input: Data = Data()) throws -> Run {
    try launch(executable, arguments, in: directory, input: input)
  }

  /// Runs a copy of the advisor made in `directory`, to show the binary needs nothing beside it.
  /// - Returns: what the copy printed and its exit status.
  /// - Throws: when the copy cannot be made or started.
  static func runCopy(_ arguments: [String], in directory: URL) throws -> Run {
    let copy = directory.appendingPathComponent("advisor")
    try FileManager.default.copyItem(at: executable, to: copy)
    return try launch(copy, arguments, in: directory, input: Data())
  }

  /// Runs a `/bin/sh` script in `directory`, with `$ADVISOR` naming the built advisor,
  /// for redirections and limits a test needs (`2>&-`, `ulimit -f`).
  /// - Returns: what the script printed and its exit status.
  /// - Throws: when the shell cannot be started.
  static func shell(_ script: String, in directory: URL, input: Data = Data()) throws -> Run {
    try launch(
      URL(fileURLWithPath: "/bin/sh"), ["-c", script], in: directory, input: input,
      extra: ["ADVISOR": executable.path])
  }

  private static func launch(
    _ program: URL, _ arguments: [String], in directory: URL, input: Data, extra: [String: String] = [:]
  ) throws -> Run {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = [
      "HOME": directory.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1",
    ].merging(SanitizerEnvironment.inherited) { $1 }.merging(extra) { $1 }
    let output = Pipe()
    let errors = Pipe()
    let standardInput = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = standardInput
    try start(process)
    // The advisor may stop reading early (input over its limits): a closed pipe is an
    // error to ignore here, not a SIGPIPE that ends the tests.
    signal(SIGPIPE, SIG_IGN)
    try? standardInput.fileHandleForWriting.write(contentsOf: input)
    try? standardInput.fileHandleForWriting.close()
    let stdout = output.fileHandleForReading.readDataToEndOfFile()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self),
      status: process.terminationStatus)
  }

  /// Starts `process`, trying again while its program is "busy": a file just written (a
  /// copied binary) stays open for writing in any child another test forks meanwhile,
  /// until that child execs, and exec refuses it with ETXTBSY for that moment.
  private static func start(_ process: Process) throws {
    for attempt in 1... {
      do {
        return try process.run()
      } catch let error as NSError
        where attempt < 100
        && (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY)
      {
        usleep(20_000)
      }
    }
  }

  /// A new folder holding a copy of the files of `Intents/`, for `--intents`: with the
  /// example corpus of `examples/` (as a class copies it; a debug build trains on it in
  /// a minute and a half), or without (the files' `example:` lines train in a second).
  static func intentFilesCopy(withCorpus: Bool = false) throws -> URL {
    let folder = try temporaryFolder()
    let intents = packageRoot.appendingPathComponent("Intents")
    for name in try FileManager.default.contentsOfDirectory(atPath: intents.path)
    where IntentLibrary.isIntentFile(name) || withCorpus && name == "examples" {
      try FileManager.default.copyItem(
        at: intents.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    return folder
  }

  /// A new empty folder under the system's temporary folder.
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "advisor-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Feeds `input` to the advisor, waits until its output shows `marker`, and measures
  /// its peak memory (VmHWM: the resident high-water mark of the advisor's own address
  /// space, which unlike `ru_maxrss` does not count the test process it was spawned from).
  /// - Returns: the peak in bytes, what it wrote to standard error, and its exit status.
  /// - Throws: when it cannot be started.
  static func peakMemory(input: Data, until marker: String, in directory: URL) throws -> (
    bytes: Int, stderr: String, status: Int32
  ) {
    let process = Process()
    process.executableURL = executable
    process.currentDirectoryURL = directory
    process.environment = ["HOME": directory.path, "LANG": "C.UTF-8"]
    let output = Pipe()
    let errors = Pipe()
    let standardInput = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = standardInput
    try start(process)
    signal(SIGPIPE, SIG_IGN)
    try? standardInput.fileHandleForWriting.write(contentsOf: input)
    var seen = Data()
    while !String(decoding: seen, as: UTF8.self).contains(marker) {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      seen += chunk
    }
    let status =
      (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
    try? standardInput.fileHandleForWriting.close()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (kilobytes * 1024, String(decoding: stderr, as: UTF8.self), process.terminationStatus)
  }
}
