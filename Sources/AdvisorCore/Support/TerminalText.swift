/// Makes untrusted text safe to show on a terminal: the one sanitiser for everything a
/// file, an argument or typed input can put in front of the user.
///
/// A terminal obeys control characters: an escape sequence in a shared transcript could
/// set the window's title, move the cursor or hide text, and a carriage return could
/// overwrite a line. Line feeds and tabs stay as they are; every other C0 control and
/// DEL is shown in caret notation (`^[`, `^M`, `^?`), and the C1 controls (U+0080 to
/// U+009F, which some terminals also obey) as `\u{9b}`.
public enum TerminalText {
  /// `text` with its control characters made visible (see `TerminalText`).
  public static func sanitized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard needsEscape(scalar) else {
        result.append(scalar)
        continue
      }
      result.append(contentsOf: visible(scalar).unicodeScalars)
    }
    return String(result)
  }

  /// Whether a character must not reach the terminal as it is.
  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 9, 10: false
    case 0..<0x20, 0x7F, 0x80...0x9F: true
    default: false
    }
  }

  /// How a control character is shown.
  private static func visible(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x7F: "^?"
    case 0..<0x20: "^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40))
    default: "\\u{" + String(scalar.value, radix: 16) + "}"
    }
  }
}
