/// Quoted string literals in the two languages the advisor writes.
///
/// JSON (its turns) and Swift (the generated sources) escape the same characters and
/// differ only in how they spell other control characters.
package enum QuotedLiteral {
  /// The language a literal is written in.
  package enum Language {
    case json, swift
  }

  /// `text` as a double-quoted literal that reads back as `text`.
  package static func quote(_ text: String, as language: Language) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        let hex = String(scalar.value, radix: 16)
        switch language {
        case .json: result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        case .swift: result += "\\u{\(hex)}"
        }
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
