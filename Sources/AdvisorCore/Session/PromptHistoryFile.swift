/// The prompt's history file, in libedit's own format so libedit and older advisors read
/// it: a `_HiStOrY_V2_` line, then one entry a line, oldest first, with spaces, tabs,
/// line ends, other control characters and backslashes written as vis(3) escapes
/// (`\040`, `\\`).
///
/// The advisor reads and writes the file itself rather than through libedit's
/// `H_LOAD`/`H_SAVE`, which ignore write errors (issue 12): pure functions here, checked
/// file I/O in the front end.
public enum PromptHistoryFile {
  /// The first line of the file.
  public static let header = "_HiStOrY_V2_"

  /// The file's text for `entries`, oldest first.
  public static func encode(_ entries: [String]) -> String {
    var text = header + "\n"
    for entry in entries {
      for scalar in entry.unicodeScalars {
        switch scalar.value {
        case 92: text += "\\\\"
        case 0...32, 0x7F:
          let octal = String(scalar.value, radix: 8)
          text += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
        default: text.unicodeScalars.append(scalar)
        }
      }
      text += "\n"
    }
    return text
  }

  /// The entries of a history file, oldest first; lines longer than `longestEntry` bytes
  /// are skipped, and so are blank ones.
  public static func decode(_ bytes: [UInt8], longestEntry: Int = 65_536) -> [String] {
    var entries: [String] = []
    for line in bytes.split(separator: 10) where line.count <= longestEntry {
      let entry = String(decoding: unescaped(line), as: UTF8.self)
      if entry != header, !entry.isEmpty { entries.append(entry) }
    }
    return entries
  }

  /// What a history file holds after a session: the saved entries (which another session
  /// may have added to meanwhile), then this session's, without repeating the entry just
  /// before, keeping the last `limit`.
  public static func merged(saved: [String], added: [String], limit: Int) -> [String] {
    var entries = saved
    for entry in added where entries.last != entry { entries.append(entry) }
    return Array(entries.suffix(limit))
  }

  /// A line's bytes with vis(3) escapes undone: `\\`, octal `\040`, `\^[` (control),
  /// `\M-x` and `\M^x` (meta) and `\s` (space); any other backslash is dropped.
  private static func unescaped(_ line: ArraySlice<UInt8>) -> [UInt8] {
    var bytes: [UInt8] = []
    var index = line.startIndex
    func byte(_ offset: Int) -> UInt8? {
      index + offset < line.endIndex ? line[index + offset] : nil
    }
    func control(_ byte: UInt8) -> UInt8 { byte == 63 ? 127 : byte & 0x1F }
    while let current = byte(0) {
      guard current == 92, let next = byte(1) else {
        bytes.append(current)
        index += 1
        continue
      }
      switch (next, byte(2), byte(3)) {
      case (48...55, _, _):
        let digits = line[(index + 1)...].prefix(3).prefix { (48...55).contains($0) }
        bytes.append(UInt8(truncatingIfNeeded: digits.reduce(0) { $0 * 8 + Int($1 - 48) }))
        index += 1 + digits.count
      case (94, let character?, _):
        bytes.append(control(character))
        index += 3
      case (77, 45, let character?):
        bytes.append(character | 0x80)
        index += 4
      case (77, 94, let character?):
        bytes.append(control(character) | 0x80)
        index += 4
      case (115, _, _):
        bytes.append(32)
        index += 2
      default:
        bytes.append(next)
        index += 2
      }
    }
    return bytes
  }
}
