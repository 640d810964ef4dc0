extension String {
  /// How many terminal columns the text takes: two for wide characters (East Asian
  /// wide forms and emoji shown as pictures), none for ANSI escape sequences
  /// (`ESC [ ... letter`), one for the others.
  var displayWidth: Int {
    var width = 0
    var inEscape = false
    for character in self {
      if character == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        inEscape = !character.isLetter
      } else {
        width += character.displayWidth
      }
    }
    return width
  }
}

extension Character {
  /// Columns this character takes on a terminal.
  var displayWidth: Int {
    guard let scalar = unicodeScalars.first, scalar.value >= 0x1100 else { return 1 }
    if scalar.properties.isEmojiPresentation || unicodeScalars.contains("\u{FE0F}") { return 2 }
    return Self.wideRanges.contains { $0.contains(scalar.value) } ? 2 : 1
  }

  /// East Asian wide and fullwidth blocks (Unicode's EastAsianWidth W and F, in brief).
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
    0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
    0xFFE0...0xFFE6, 0x20000...0x3FFFD,
  ]
}
