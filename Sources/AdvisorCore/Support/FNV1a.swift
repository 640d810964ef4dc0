/// The 64-bit FNV-1a hash, fed bytes a run at a time.
///
/// Fixed rather than `Hasher`, which is seeded per process: the generator and the advisor
/// must agree on every machine, for the learned table's index and the digest of its files.
package struct FNV1a {
  /// The hash of the bytes added so far.
  package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  package init() {}

  /// Mixes in `bytes`, in order.
  package mutating func add<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
    for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
  }

  /// The hash of `bytes` alone.
  package static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
    var hasher = FNV1a()
    hasher.add(bytes)
    return hasher.value
  }
}
