/// Finds control characters in the text of a data file, which must never reach an answer or a
/// terminal: a file of `Knowledge/` or `Intents/` with one is refused at its line.
enum ControlCharacters {
  /// The first control character in `text` other than a tab, as `U+0016`; nil when it has
  /// none.
  static func first(in text: some StringProtocol) -> String? {
    guard
      let scalar = text.unicodeScalars.first(where: {
        $0 != "\t" && $0.properties.generalCategory == .control
      })
    else { return nil }
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
