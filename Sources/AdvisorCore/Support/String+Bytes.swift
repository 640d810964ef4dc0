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
