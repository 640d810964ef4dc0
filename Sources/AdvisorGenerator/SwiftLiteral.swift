import AdvisorCore

/// Swift source literals that read back as the text they were made from.
enum SwiftLiteral {
  /// A raw multi-line literal that reads back as `text`.
  ///
  /// Its closing delimiter starts a line, so no indentation is stripped, and it has one more
  /// `#` than the longest run of them in the text, so the text can neither end it early nor
  /// hold an escape.
  static func rawBlock(_ text: String) -> String {
    var longest = 0
    var run = 0
    for character in text {
      run = character == "#" ? run + 1 : 0
      longest = max(longest, run)
    }
    let hashes = String(repeating: "#", count: longest + 1)
    return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
  }

  /// A string literal that reads back as `text`.
  static func string(_ text: String) -> String {
    QuotedLiteral.quote(text, as: .swift)
  }
}
