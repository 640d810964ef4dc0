import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A child process on a pseudo-terminal that it has as its controlling terminal, so
/// line editing, Ctrl-C (SIGINT) and window sizes behave as for a person at a terminal.
///
/// Built on `openpty` and `posix_spawn` with POSIX_SPAWN_SETSID (engineering notes,
/// section 3): no `fork` in a multithreaded test process. Every wait has a deadline,
/// and deinit kills a child still running.
final class PseudoTerminal {
  /// A wait that timed out, with what the screen showed.
  struct Timeout: Error, CustomStringConvertible {
    let description: String
  }

  let pid: pid_t
  private let master: Int32
  /// Kept open so reading never fails before the child's output is drained.
  private let slave: Int32
  /// Every byte the child wrote.
  private(set) var output: [UInt8] = []
  /// How far (in UTF-8 bytes of `screen`) earlier waits matched.
  private var matched = 0
  private var status: Int32?

  /// Serializes spawning, so no child inherits another test's terminal.
  private static let spawnLock = NSLock()

  /// Starts `executable` on a new terminal of `columns` × `rows`.
  init(_ executable: String, arguments: [String] = [], environment: [String: String], columns: UInt16 = 80)
    throws
  {
    Self.spawnLock.lock()
    defer { Self.spawnLock.unlock() }
    var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    var master: Int32 = 0
    var slave: Int32 = 0
    guard openpty(&master, &slave, nil, nil, &size) == 0, let name = ttyname(slave) else {
      throw Timeout(description: "openpty failed: \(String(cString: strerror(errno)))")
    }
    _ = fcntl(master, F_SETFD, FD_CLOEXEC)
    _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
    self.master = master
    self.slave = slave

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after setsid, the terminal becomes the child's controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var signals = sigset_t()
    sigemptyset(&signals)
    posix_spawnattr_setsigmask(&attributes, &signals)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&signals, signal) }
    posix_spawnattr_setsigdefault(&attributes, &signals)
    // POSIX_SPAWN_SETSID is 0x80 in glibc, hidden from Swift behind __USE_GNU.
    let setsid: Int32 = 0x80
    posix_spawnattr_setflags(&attributes, Int16(setsid | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard result == 0 else {
      close(master)
      close(slave)
      throw Timeout(description: "cannot start \(executable): \(String(cString: strerror(result)))")
    }
    self.pid = pid
  }

  deinit {
    if status == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    close(master)
    close(slave)
  }

  /// What the child wrote, as a person would read it: escape sequences, carriage
  /// returns, backspaces and bells removed.
  var screen: String {
    Self.plainText(output)
  }

  /// Sends keys, as typed, once the line editor waits for them.
  ///
  /// libedit draws the prompt before it takes the terminal out of canonical mode, and
  /// a Ctrl-C that comes between its drawing and its next `read` is only seen at the
  /// key after; so this first waits until the terminal is in key-by-key mode (on Linux
  /// the master reports the slave's settings) and the child sleeps, blocked in `read`.
  func type(_ keys: String) {
    let deadline = Date().addingTimeInterval(2)
    var settings = termios()
    while Date() < deadline {
      let keyByKey = tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ICANON) == 0
      if keyByKey && isSleeping { break }
      pump(milliseconds: 2)
    }
    let bytes = Array(keys.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// Sends a line (its text, then `end`: Enter unless given) to a program that reads
  /// whole lines, as `replay --step` does, once it waits for it: the terminal stays in
  /// line mode, so this waits only until the child sleeps, blocked in `read`.
  func typeLine(_ text: String, end: String = "\r") {
    let deadline = Date().addingTimeInterval(2)
    while Date() < deadline, !isSleeping { pump(milliseconds: 2) }
    let bytes = Array((text + end).utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// Changes the terminal's width, as resizing a window does (the child gets SIGWINCH).
  func resize(columns: UInt16) {
    var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
  }

  /// Sends a signal to the child.
  func send(_ signal: Int32) {
    kill(pid, signal)
  }

  /// Waits until `text` appears on the screen after what earlier waits matched.
  /// - Returns: the screen from the end of the previous match to the end of this one.
  @discardableResult
  func waitFor(_ text: String, timeout: Double = 5) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let screen = self.screen
      let start = screen.utf8.index(screen.startIndex, offsetBy: min(matched, screen.utf8.count))
      if let range = screen.range(of: text, range: start..<screen.endIndex) {
        matched = screen.utf8.distance(from: screen.startIndex, to: range.upperBound)
        return String(screen[start..<range.upperBound])
      }
      guard Date() < deadline, status == nil || pump(milliseconds: 0) else {
        throw Timeout(description: "timed out waiting for \(text.debugDescription); screen:\n\(screen)")
      }
      pump(milliseconds: 20)
      reap()
    }
  }

  /// Waits for the child to end, reading what it still writes.
  /// - Returns: its exit status, or 128 + the signal that ended it.
  func waitForExit(timeout: Double = 5) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while status == nil {
      guard Date() < deadline else {
        throw Timeout(description: "the advisor did not end; screen:\n\(screen)")
      }
      pump(milliseconds: 20)
      reap()
    }
    while pump(milliseconds: 0) {}
    guard let status else { return -1 }
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + status & 0x7F
  }

  /// Reads what is available within the time; true when something was read.
  @discardableResult
  private func pump(milliseconds: Int32) -> Bool {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, milliseconds) > 0 else { return false }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
    guard count > 0 else { return false }
    output += buffer[0..<count]
    return true
  }

  /// Whether the child is asleep (state S in /proc), which for the advisor at its
  /// prompt means blocked reading the terminal.
  private var isSleeping: Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let end = stat.range(of: ") ", options: .backwards)
    else { return true }
    return stat[end.upperBound...].hasPrefix("S")
  }

  private func reap() {
    var value: Int32 = 0
    if status == nil, waitpid(pid, &value, WNOHANG) == pid { status = value }
  }

  /// Bytes as text without ANSI/VT100 escape sequences, "\r", backspace or bell.
  static func plainText(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    var iterator = String(decoding: bytes, as: UTF8.self).unicodeScalars.makeIterator()
    while let scalar = iterator.next() {
      switch scalar {
      case "\u{1B}":
        switch iterator.next() {
        case "[": while let next = iterator.next(), !(0x40...0x7E).contains(next.value) {}
        case "]": while let next = iterator.next(), next != "\u{7}", next != "\u{1B}" {}
        default: break
        }
      case "\r", "\u{8}", "\u{7}": break
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }
}
