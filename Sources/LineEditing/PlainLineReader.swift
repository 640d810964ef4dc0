import CEditLine

/// Reads lines from standard input when it is not a terminal: no prompt and no editing,
/// and no line longer than `longestLine` bytes kept in memory.
///
/// A longer line is reported once (`.tooLong`) and its bytes are dropped as they are
/// read, so a 50 MB line costs a buffer, not 50 MB. Invalid UTF-8 is repaired with
/// U+FFFD, and a CRLF line end counts as LF. SIGINT, SIGTERM and SIGHUP end reading
/// (`.interrupted`, `.terminated`) so the session can save what it must.
public final class PlainLineReader: LineReader {
  private let longestLine: Int
  /// Bytes read and not yet returned, from `start`.
  private var buffer: [UInt8] = []
  private var start = 0
  /// Where to look for the next line end (the bytes before it have none).
  private var scanned = 0
  private var dropping = false
  private var atEnd = false

  /// A reader of standard input; it catches SIGINT, SIGTERM and SIGHUP.
  public init(longestLine: Int) {
    self.longestLine = longestLine
    cel_catch_signals()
  }

  public func read(prompt: String) -> LineInput {
    while true {
      let signal = cel_take_signal()
      if signal == SIGINT { return .interrupted }
      if signal == SIGTERM || signal == SIGHUP { return .terminated(signal: signal) }
      if let end = buffer[scanned...].firstIndex(of: 10) {
        let line = buffer[start..<end]
        start = end + 1
        scanned = start
        if dropping {
          dropping = false
          continue
        }
        return .line(Self.text(line))
      }
      scanned = buffer.count
      if dropping || buffer.count - start > longestLine {
        let reported = !dropping
        dropping = true
        buffer.removeAll(keepingCapacity: true)
        (start, scanned) = (0, 0)
        if reported { return .tooLong }
      }
      if atEnd {
        guard start < buffer.count, !dropping else { return .end }
        let line = buffer[start...]
        start = buffer.count
        return .line(Self.text(line))
      }
      fill()
    }
  }

  /// Reads more of standard input, first dropping the bytes already returned.
  private func fill() {
    if start > 0 {
      buffer.removeFirst(start)
      scanned -= start
      start = 0
    }
    var chunk = [UInt8](repeating: 0, count: 65536)
    let count = chunk.withUnsafeMutableBytes { cel_read_input($0.baseAddress, $0.count) }
    if count > 0 {
      buffer += chunk[0..<count]
    } else if count != -1 {
      atEnd = true
    }
  }

  private static func text(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes.last == 13 ? bytes.dropLast() : bytes, as: UTF8.self)
  }
}
