/// Eight ASCII bytes read as one number, asked about all at once.
///
/// The passes over a whole question (normalizing it, looking for an amount) read it eight bytes
/// at a time this way, where a byte at a time costs several instructions a byte. Each test adds
/// a number to every byte at once: ASCII bytes are below 128, so no sum carries into the next
/// byte, and each byte's top bit holds its answer.
struct EightBytes {
  /// The bytes, the first lowest, as a load from memory has them.
  let bits: UInt64

  /// A one in every byte.
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  /// The top bit of every byte.
  static let tops = ones &* 0x80

  /// Reads the eight bytes at `place`, or nil if one of them is not ASCII.
  init?(at place: UnsafePointer<UInt8>) {
    bits = UnsafeRawPointer(place).loadUnaligned(as: UInt64.self)
    guard bits & Self.tops == 0 else { return nil }
  }

  /// The top bit of each byte in `range`, the others clear.
  func tops(in range: ClosedRange<UInt8>) -> UInt64 {
    let fromLowest = bits &+ Self.ones &* UInt64(128 - range.lowerBound)
    let pastHighest = bits &+ Self.ones &* UInt64(127 - range.upperBound)
    return fromLowest & ~pastHighest & Self.tops
  }

  /// The top bit of each byte equal to `byte`, the others clear.
  func tops(of byte: UInt8) -> UInt64 {
    tops(in: byte...byte)
  }
}
