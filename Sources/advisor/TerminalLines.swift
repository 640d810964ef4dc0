/// The controlling terminal (/dev/tty), read a line at a time: the keys of
/// `replay --step`, typed there even when standard input is the transcript.
final class TerminalLines {
  private let terminal: OpaquePointer

  /// Opens the terminal; nil when the process has none.
  init?() {
    guard let terminal = Platform.openTerminal() else { return nil }
    self.terminal = terminal
  }

  deinit {
    Platform.closeTerminal(terminal)
  }

  /// The next line typed, without its line end; nil at its end (Ctrl-D on an empty line).
  func readLine() -> String? {
    var bytes: [UInt8] = []
    while let byte = Platform.nextByte(of: terminal) {
      if byte == 10 { return String(decoding: bytes, as: UTF8.self) }
      bytes.append(byte)
    }
    return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
  }
}
