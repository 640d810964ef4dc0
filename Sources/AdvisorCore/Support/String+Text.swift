/// Small text helpers, written here because the core avoids Foundation: loading it
/// would more than double the advisor's start-up time.
extension StringProtocol {
  /// The text without leading and trailing spaces, tabs and carriage returns.
  ///
  /// Works on UTF-8 bytes: those three are ASCII, and this runs for every line of every
  /// intent file at start-up.
  func trimmed() -> String {
    let isBlank: (UInt8) -> Bool = { $0 == 32 || $0 == 9 || $0 == 13 }
    let bytes = Substring(self).utf8
    guard let first = bytes.firstIndex(where: { !isBlank($0) }),
      let last = bytes.lastIndex(where: { !isBlank($0) })
    else { return "" }
    return String(decoding: bytes[first...last], as: UTF8.self)
  }
}

extension String {
  /// Whether the text has a question mark: read from the bytes when they are all ASCII, each
  /// byte then a character of its own, since searching characters walks their boundaries
  /// (a question mark followed by a combining mark is another character).
  var hasQuestionMark: Bool {
    withBytes { $0.isASCII ? $0.contains(byte: UInt8(ascii: "?")) : nil } ?? contains("?")
  }

  /// Whether every byte of the text is ASCII: read from its stored bytes at once, where
  /// walking `utf8` goes through an iterator a byte at a time, for every question.
  var isASCII: Bool {
    withBytes(\.isASCII)
  }
}

extension String {
  /// Whether `other` occurs in the text, byte for byte.
  ///
  /// The standard library's `contains` for strings is in `_StringProcessing`, which the
  /// shipped modules do not import: one library fewer for the loader at every start. Both
  /// texts are read where they are stored, not copied into arrays.
  func containsText(_ other: String) -> Bool {
    withBytes { text in other.withBytes { text.containsRun($0) } }
  }
}
