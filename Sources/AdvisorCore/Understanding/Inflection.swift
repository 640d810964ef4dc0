/// English plural handling for matching names, kept deliberately simple: it only has to
/// make "managers", "directors", "ctos" and "companies" meet their singular aliases.
enum Inflection {
  /// The singular form of a lowercase word (the word itself when it is not plural).
  ///
  /// Runs for every word of every question, twice: read on the word's bytes when they settle
  /// it, as they do for a word that does not end in "s" (most words) and for an ASCII word.
  static func singular(_ word: String) -> String {
    word.withBytes { singular(of: word, bytes: $0) } ?? characterSingular(word)
  }

  /// The singular form of any word, character by character: what the bytes must agree with.
  static func characterSingular(_ word: String) -> String {
    // Short words ("its", "has", "ems") are left to the lexicon, which knows its short names.
    // The last byte first: most words end in another letter, and counting characters walks them.
    guard word.utf8.last == UInt8(ascii: "s"), word.characterCount > 3, word.hasSuffix("s") else {
      return word
    }
    if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
    if word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes") {
      return String(word.dropLast(2))
    }
    return String(word.dropLast())
  }

  /// The singular form of `word` from its bytes, where each of an ASCII word's is a character
  /// (but in "\r\n"); nil when the bytes do not settle it.
  private static func singular(of word: String, bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard bytes.last == UInt8(ascii: "s") else { return word }
    guard bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else { return nil }
    func hasSuffix(_ suffix: StaticString) -> Bool { Self.bytes(bytes, endIn: suffix) }
    guard bytes.count > 3 else { return word }
    if hasSuffix("ies") { return String(utf8Bytes: UnsafeBufferPointer(rebasing: bytes.dropLast(3))) + "y" }
    if hasSuffix("ss") || hasSuffix("us") || hasSuffix("is") { return word }
    if hasSuffix("ches") || hasSuffix("shes") || hasSuffix("xes") {
      return String(utf8Bytes: UnsafeBufferPointer(rebasing: bytes.dropLast(2)))
    }
    return String(utf8Bytes: UnsafeBufferPointer(rebasing: bytes.dropLast()))
  }

  /// Whether `bytes` end in the bytes of `suffix`.
  ///
  /// Byte by byte: comparing slices through `elementsEqual` cost several times more, and words'
  /// endings are read for every word that ends in "s" and every word stemmed.
  static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, endIn suffix: StaticString) -> Bool {
    let count = suffix.utf8CodeUnitCount
    let start = bytes.count - count
    return start >= 0 && (0..<count).allSatisfy { bytes[start + $0] == suffix.utf8Start[$0] }
  }
}
