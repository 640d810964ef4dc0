/// Puts a question into the one form the rest of understanding expects.
///
/// Lowercases, turns typographic quotes and dashes into ASCII ones, and replaces
/// control and escape characters with spaces, so that pasted text, terminal escapes and
/// odd Unicode never reach the tokenizer. Initials of three letters or more written with
/// dots are one word: "M.B.A." is "mba".
public enum TextNormalizer {
  /// Returns the normalized form of `text`.
  public static func normalize(_ text: String) -> String {
    joiningInitials(normalizedASCII(text) ?? normalizedUnicode(text))
  }

  /// The normalized form of any text, scalar by scalar.
  ///
  /// Lowercased scalar by scalar, as `lowercased()` does, straight into the bytes of the
  /// result: an ASCII scalar needs no lookup of its lowercase mapping, and appending to a view
  /// of scalars costs several times more than appending bytes.
  static func normalizedUnicode(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        bytes.append(replacement(for: UInt8(scalar.value)))
        continue
      }
      for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
        UTF8.encode(replacement(for: lowered)) { bytes.append($0) }
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// At least this many letters with dots after them are initials written out: "m.e.m.", not
  /// "p.e." (which the names spell with their dots: the licence) nor "e.g.".
  static let fewestInitials = 3

  /// `text` with the dots of its initials left out: "m.b.a." becomes "mba".
  ///
  /// So initials name what their letters do. The text is lowercase: letters are `a` to `z`.
  static func joiningInitials(_ text: String) -> String {
    guard text.withBytes({ $0.contains(byte: UInt8(ascii: ".")) }) else { return text }
    let bytes = Array(text.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      // Initials start with a letter and a dot: at any other byte, none need be looked for.
      let startsInitials = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: ".")
      let letters = startsInitials ? initials(in: bytes, at: index) : []
      guard let last = letters.last, letters.count >= fewestInitials else {
        result.append(bytes[index])
        index += 1
        continue
      }
      result += letters.map { bytes[$0] }
      index = last + 1 < bytes.count && bytes[last + 1] == UInt8(ascii: ".") ? last + 2 : last + 1
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// The places of the letters of the initials that start at `start` ("m.b.a." or "m.b.a"):
  /// none unless a word starts there with a letter and a dot.
  private static func initials(in bytes: [UInt8], at start: Int) -> [Int] {
    func isLetter(_ index: Int) -> Bool {
      index >= 0 && index < bytes.count && (97...122).contains(bytes[index])
    }
    func isDot(_ index: Int) -> Bool { index < bytes.count && bytes[index] == UInt8(ascii: ".") }
    guard !isLetter(start - 1) else { return [] }
    var places: [Int] = []
    var cursor = start
    while isLetter(cursor), isDot(cursor + 1) {
      places.append(cursor)
      cursor += 2
    }
    // The last letter may go without its dot: "m.b.a".
    if !places.isEmpty, isLetter(cursor), !isLetter(cursor + 1) { places.append(cursor) }
    return places
  }

  /// Whether a third or more of the letters of `text` are of a script other than Latin
  /// ("初识PMP": one Chinese character may be a word): a question the advisor cannot read,
  /// which is worth saying in so many words.
  public static func isMostlyInAnotherScript(_ text: String) -> Bool {
    if text.isASCII { return false }
    var latin = 0
    var other = 0
    for scalar in text.unicodeScalars where isAlphabetic(scalar) {
      if scalar.value < 0x250 || (0x1E00...0x1EFF).contains(scalar.value) { latin += 1 } else { other += 1 }
    }
    return other * 2 > latin
  }

  /// Whether a scalar is a letter of any script: for an ASCII one, `a` to `z` either case, read
  /// without looking up its properties, which cost hundreds of instructions a scalar.
  private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? (97...122).contains(scalar.value | 0x20) : scalar.properties.isAlphabetic
  }

  /// The normalized form of plain ASCII text, or nil for text that is not.
  ///
  /// The common case, byte by byte, as `normalizedUnicode` would have it. Reads the bytes in
  /// place and writes them straight into the new string: reading them through the UTF-8 view,
  /// or through an array, costs several times more.
  static func normalizedASCII(_ text: String) -> String? {
    text.withBytes { bytes in
      guard bytes.isASCII else { return nil }
      // Most questions are typed in lowercase, and are their own normal form: no new string.
      if isNormal(bytes) { return text }
      return String(unsafeUninitializedCapacity: bytes.count) { normalized in
        guard let source = bytes.baseAddress, let target = normalized.baseAddress else { return 0 }
        var place = 0
        // Eight bytes at a time where none is a control character or a backquote, as almost
        // none is: of those, only capitals change, and all of them at once.
        while place + 8 <= bytes.count {
          guard let eight = EightBytes(at: source + place), let lowered = lowercasedPlainly(eight) else {
            break
          }
          UnsafeMutableRawPointer(target + place).storeBytes(of: lowered, as: UInt64.self)
          place += 8
        }
        for place in place..<bytes.count { target[place] = replacement(for: source[place]) }
        return bytes.count
      }
    }
  }

  /// Whether no byte of these ASCII ones changes.
  ///
  /// None is a capital, a control character or a backquote. Read eight bytes at a time, and
  /// stops at the first that changes, most often the first letter.
  private static func isNormal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let source = bytes.baseAddress else { return true }
    var place = 0
    while place + 8 <= bytes.count {
      guard let eight = EightBytes(at: source + place), lowercasedPlainly(eight) == eight.bits else {
        return false
      }
      place += 8
    }
    return bytes[place...].allSatisfy { replacement(for: $0) == $0 }
  }

  /// Eight ASCII bytes with their capitals lowercased, as `replacement(for:)` has each; nil if
  /// one of them is a control character or a backquote.
  static func lowercasedPlainly(_ eight: EightBytes) -> UInt64? {
    guard eight.tops(in: 0...31) | eight.tops(of: 96) | eight.tops(of: 127) == 0 else { return nil }
    // A capital's top bit moved two places down is the bit that lowercases it.
    return eight.bits | eight.tops(in: 65...90) >> 2
  }

  /// An ASCII byte as `replacement(for:)` has its scalar, lowercased.
  private static func replacement(for byte: UInt8) -> UInt8 {
    switch byte {
    case 65...90: byte + 32
    case 0...31, 127: 32
    case 96: 39
    default: byte
    }
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
