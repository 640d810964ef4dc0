/// Puts a question into the one form the rest of understanding expects.
///
/// Lowercases, turns typographic quotes and dashes into ASCII ones, and replaces
/// control and escape characters with spaces, so that pasted text, terminal escapes and
/// odd Unicode never reach the tokenizer.
public enum TextNormalizer {
  /// Returns the normalized form of `text`.
  public static func normalize(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return normalizeASCII(text) }
    var result = String.UnicodeScalarView()
    result.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.lowercased().unicodeScalars {
      result.append(replacement(for: scalar))
    }
    return String(result)
  }

  /// Whether a third or more of the letters of `text` are of a script other than Latin
  /// ("初识PMP": one Chinese character may be a word): a question the advisor cannot read,
  /// which is worth saying in so many words.
  public static func isMostlyInAnotherScript(_ text: String) -> Bool {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return false }
    var latin = 0
    var other = 0
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      if scalar.value < 0x250 || (0x1E00...0x1EFF).contains(scalar.value) { latin += 1 } else { other += 1 }
    }
    return other * 2 > latin
  }

  /// The common case, byte by byte: most questions are plain ASCII.
  private static func normalizeASCII(_ text: String) -> String {
    let bytes = text.utf8.map { byte -> UInt8 in
      switch byte {
      case 65...90: byte + 32
      case 0...31, 127: 32
      case 96: 39
      default: byte
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x2018, 0x2019, 0x201B, 0x2032, 0x0060, 0x00B4: "'"
    case 0x201C, 0x201D, 0x2033: "\""
    case 0x2010...0x2015, 0x2212: "-"
    case 0x00A0, 0x2000...0x200B, 0x202F, 0x3000: " "
    case 0x00...0x1F, 0x7F...0x9F: " "
    default: scalar
    }
  }
}
