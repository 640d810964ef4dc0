#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The controlling terminal (/dev/tty), read a line at a time: the keys of
/// `replay --step`, typed there even when standard input is the transcript.
final class TerminalLines {
  private let file: UnsafeMutablePointer<FILE>

  /// Opens the terminal; nil when the process has none.
  init?() {
    guard let file = fopen("/dev/tty", "r") else { return nil }
    self.file = file
  }

  deinit {
    fclose(file)
  }

  /// The next line typed, without its line end; nil at its end (Ctrl-D on an empty line).
  func readLine() -> String? {
    var bytes: [UInt8] = []
    while true {
      let character = fgetc(file)
      if character == EOF { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
      if character == 10 { return String(decoding: bytes, as: UTF8.self) }
      bytes.append(UInt8(truncatingIfNeeded: character))
    }
  }
}
