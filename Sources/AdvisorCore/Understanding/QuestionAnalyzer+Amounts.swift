/// Whether a question names an amount of money, read from its bytes.
extension QuestionAnalyzer {
  /// Whether the question names money: a `$`, a number like "95k", or "120,000".
  ///
  /// Reads the bytes where they are stored: a copy of them into an array costs more than the
  /// search.
  static func namesAmount(_ text: String) -> Bool {
    text.withBytes(namesAmount)
  }

  /// Whether these bytes name money.
  private static func namesAmount(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      // Most bytes are none of the three looked at: eight of them cost a few instructions.
      if index + 8 <= bytes.count, let base = bytes.baseAddress, let eight = EightBytes(at: base + index),
        eight.tops(of: UInt8(ascii: "$")) | eight.tops(in: 48...57) | eight.tops(of: UInt8(ascii: ",")) == 0
      {
        index += 8
        continue
      }
      if namesAmount(bytes, at: index) { return true }
      index += 1
    }
    return false
  }

  /// Whether the byte at `index` starts naming money: a `$`, the last digit of "95k", or the
  /// comma of ",000".
  private static func namesAmount(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    switch bytes[index] {
    case UInt8(ascii: "$"): return true
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      // "95k" (a "k" or a "K" after a digit)
      let next = index + 1 < bytes.count ? bytes[index + 1] : 0
      return next | 0x20 == UInt8(ascii: "k") && !isRetirementPlan(bytes, endingAt: index)
    case UInt8(ascii: ","):
      // ",000"
      return index + 3 < bytes.count && bytes[index + 1...index + 3].allSatisfy({ $0 == 48 })
    default: return false
    }
  }

  /// Whether the digits ending at `index` are the 401 of a "401k", a retirement plan rather than
  /// an amount of money ("should I max out my 401k?").
  private static func isRetirementPlan(_ bytes: UnsafeBufferPointer<UInt8>, endingAt index: Int) -> Bool {
    var start = index
    while start > 0, (48...57).contains(bytes[start - 1]) { start -= 1 }
    return bytes[start...index].elementsEqual("401".utf8)
  }
}
