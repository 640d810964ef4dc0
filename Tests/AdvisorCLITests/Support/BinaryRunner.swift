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
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = [
      "HOME": directory.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1",
    ].merging(SanitizerEnvironment.inherited) { $1 }
    let output = Pipe()
    let errors = Pipe()
    let standardInput = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = standardInput
    try process.run()
    standardInput.fileHandleForWriting.write(input)
    try standardInput.fileHandleForWriting.close()
    let stdout = output.fileHandleForReading.readDataToEndOfFile()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self),
      status: process.terminationStatus)
  }

  /// A new empty folder under the system's temporary folder.
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "advisor-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }
}
