extension String {
  /// What `body` makes of the string's UTF-8 bytes: read where they are stored, or from a copy
  /// when they are not stored in one run (never so for a native string).
  ///
  /// The fast paths of understanding read a word's bytes this way, for every word of every
  /// question: in place it costs a few instructions, where `utf8.last`, or the copy that
  /// `withUTF8` makes of a `var`, costs tens.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = self
    return copy.withUTF8(body)
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether every byte is ASCII: read eight at a time, a word's worth in one load.
  ///
  /// Asked of every question several times (normalizing, splitting it into words, looking for
  /// a question mark) and of every word looked up; one byte at a time it cost several
  /// instructions a byte.
  var isASCII: Bool {
    guard let base = baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var bits: UInt64 = 0
    var index = 0
    while index + 8 <= count {
      bits |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      index += 8
    }
    while index < count {
      bits |= UInt64(base[index])
      index += 1
    }
    return bits & 0x8080_8080_8080_8080 == 0
  }
}
