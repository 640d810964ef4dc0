/// A text's length and its first and last eight bytes, read in three loads: compared as numbers,
/// where comparing two strings calls into the standard library and reads them byte by byte.
///
/// Texts that differ in a key differ; texts of up to 16 bytes with equal keys are equal
/// (`isWhole`), longer ones must still be compared. Ids and words looked up on every question
/// (a fact's source, a facet's words) are nearly all that short.
struct TextKey: Hashable, Comparable, Sendable {
  /// How many bytes of UTF-8 the text has.
  let count: Int
  /// The first eight bytes, the first highest, zeros after a shorter text.
  let head: UInt64
  /// The last eight bytes as one load has them, or zero for a text of eight bytes or fewer.
  let tail: UInt64

  init(_ text: String) {
    (count, head, tail) = text.withBytes { bytes in
      guard bytes.count > 8, let base = bytes.baseAddress else {
        return (bytes.count, bytes.firstEightBytes, 0)
      }
      let tail = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
      return (bytes.count, bytes.firstEightBytes, tail)
    }
  }

  /// Whether the key holds every byte of its text, so that equal keys are equal texts.
  var isWhole: Bool { count <= 16 }

  /// Orders keys by length, then by their bytes: any order serves, as long as it is one.
  static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.count, lhs.head, lhs.tail) < (rhs.count, rhs.head, rhs.tail)
  }
}
