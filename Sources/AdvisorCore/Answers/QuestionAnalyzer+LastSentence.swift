/// The last sentence of a message, which is where an answer lending a topic looks for the facet
/// asked.
extension QuestionAnalyzer {
  /// The last of `sentences(of:)`: the message's last sentence, or nil when it has none.
  ///
  /// Found from the end, on the bytes, when the message is ASCII (each byte then a character
  /// of its own, but for a CR LF, which counts as a space either way): splitting the whole
  /// message walks every character's boundary, for the one sentence wanted.
  static func lastSentence(of message: String) -> String? {
    guard message.utf8.allSatisfy({ $0 < 0x80 }) else { return sentences(of: message).last }
    let bytes = Array(message.utf8)
    // A sentence ends at a stop followed by a space.
    func endsASentence(_ index: Int) -> Bool {
      index + 1 < bytes.count && isStop(bytes[index]) && isSpace(bytes[index + 1])
    }
    func sentence(_ range: Range<Int>) -> String? {
      guard let first = bytes[range].firstIndex(where: { !isSpace($0) }) else { return nil }
      return String(decoding: bytes[first..<range.upperBound], as: UTF8.self)
    }
    let lastEnd = bytes.indices.last(where: endsASentence)
    let rest = lastEnd.map { $0 + 1 } ?? 0
    // Spaces alone after the last stop make the sentence it ends the last.
    guard let lastEnd, bytes[rest...].allSatisfy(isSpace) else { return sentence(rest..<bytes.count) }
    let start = bytes.indices[..<lastEnd].last(where: endsASentence).map { $0 + 1 } ?? 0
    return sentence(start..<rest)
  }

  /// Whether an ASCII byte ends a sentence when a space follows: ".", "!" or "?".
  private static func isStop(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
  }

  /// Whether an ASCII byte is a space, as `Character.isWhitespace` has it: tab to carriage
  /// return, and the space.
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte)
  }
}
