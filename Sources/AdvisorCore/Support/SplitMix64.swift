/// A small seeded random number generator (SplitMix64, Steele, Lea and Flood 2014): the
/// same seed gives the same numbers on every machine and Swift version, so `:quiz --seed 1`
/// asks a class the same questions, and training learns the same weights.
///
/// The core never draws from global randomness; whoever needs numbers passes one of these.
struct SplitMix64: Sendable {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// The items in a random order (Fisher–Yates), written out here rather than taken from
  /// the standard library's `shuffled(using:)`, whose algorithm is not promised to stay.
  mutating func shuffled<T>(_ items: [T]) -> [T] {
    var items = items
    for index in items.indices.dropLast().reversed() {
      let other = Int(next() % UInt64(index + 1))
      items.swapAt(index, other)
    }
    return items
  }
}
