import AdvisorTestSupport
import Foundation

/// A temporary HOME and XDG_STATE_HOME for one test, removed afterwards, so no test
/// touches the real home folder, and the environment to run the advisor in.
final class Sandbox {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("home"), withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: root)
  }

  var home: String { root.appendingPathComponent("home").path }
  var stateHome: String { root.appendingPathComponent("state").path }
  var historyFile: String { stateHome + "/advisor/history" }

  /// The history file's text (libedit's format: spaces written as `\040`), or "".
  var history: String {
    (try? String(contentsOfFile: historyFile, encoding: .utf8)) ?? ""
  }

  /// A known terminal and locale, the sandbox's HOME and state folder, and `extra`;
  /// nothing else is inherited (so NO_COLOR or EDITRC from outside cannot leak in) but the
  /// sanitizers' settings.
  func environment(_ extra: [String: String] = [:]) -> [String: String] {
    let base = [
      "PATH": "/usr/bin:/bin", "TERM": "xterm", "LANG": "C.UTF-8",
      "HOME": home, "XDG_STATE_HOME": stateHome,
    ]
    return base.merging(SanitizerEnvironment.inherited) { $1 }.merging(extra) { $1 }
  }

  /// Starts the advisor on a pseudo-terminal in this sandbox.
  func startAdvisor(
    _ arguments: [String] = [], environment extra: [String: String] = [:], columns: UInt16 = 80
  ) throws -> PseudoTerminal {
    try PseudoTerminal(
      BinaryRunner.executable.path, arguments: arguments, environment: environment(extra), columns: columns)
  }

  /// Starts a `/bin/sh` script on a pseudo-terminal in this sandbox, with `$ADVISOR`
  /// naming the built advisor (for limits such as `ulimit -f`).
  func startShell(_ script: String) throws -> PseudoTerminal {
    try PseudoTerminal(
      "/bin/sh", arguments: ["-c", script],
      environment: environment(["ADVISOR": BinaryRunner.executable.path]))
  }

  /// Starts the advisor as an ordinary user, so file permissions apply: as `nobody`
  /// (through setpriv, with the sandbox handed over to it) when the tests run as root.
  func startAdvisorUnprivileged() throws -> PseudoTerminal {
    guard geteuid() == 0 else { return try startAdvisor() }
    try handOver(root.path)
    return try PseudoTerminal(
      "/usr/bin/setpriv",
      arguments: ["--reuid=65534", "--regid=65534", "--clear-groups", BinaryRunner.executable.path],
      environment: environment())
  }

  /// Gives `path` and everything under it to `nobody`.
  private func handOver(_ path: String) throws {
    let manager = FileManager.default
    try manager.setAttributes([.ownerAccountID: 65534, .groupOwnerAccountID: 65534], ofItemAtPath: path)
    for child in manager.enumerator(atPath: path)?.compactMap({ $0 as? String }) ?? [] {
      try manager.setAttributes(
        [.ownerAccountID: 65534, .groupOwnerAccountID: 65534], ofItemAtPath: path + "/" + child)
    }
  }

  /// Starts the prompt, records to `lesson.transcript` in the sandbox and asks what a CTO
  /// does, waiting for the answer.
  /// - Returns: the prompt and the recording's path.
  func recordACTOQuestion() throws -> (terminal: PseudoTerminal, lesson: String) {
    let lesson = root.appendingPathComponent("lesson.transcript").path
    let terminal = try startAdvisor()
    try terminal.waitFor("advisor> ")
    terminal.type(":record \(lesson)\r")
    try terminal.waitFor("Recording to")
    terminal.type("what does a cto do?\r")
    try terminal.waitFor("Chief technology officer (executive stage")
    return (terminal, lesson)
  }
}
