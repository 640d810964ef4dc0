/// The optimal-string-alignment distance (`EditDistance`) from one word to many others, a
/// column of the table at a time in the bits of one machine word: a dozen instructions a
/// letter of the other word, where the table costs as many a cell.
///
/// Hyyrö's bit-vector algorithm ("A bit-vector algorithm for computing Levenshtein and Damerau
/// edit distances", 2003): bit `i` of a column says how the distance to the first `i + 1`
/// letters of the word differs from that to its first `i` letters, which is -1, 0 or +1. So
/// the word has at most 64 letters.
struct BitVectorDistance {
  private let word: UnsafeBufferPointer<UInt8>
  /// For each letter from `a` to `z`, the places where the word has it, one bit each.
  private let letterPlaces: UnsafeBufferPointer<UInt64>

  /// Calls `body` with the distance from `word`, of 1 to 64 letters, ready to compute: the
  /// places of its letters are found once for all the words it is compared with.
  static func from<Result>(
    _ word: UnsafeBufferPointer<UInt8>, _ body: (BitVectorDistance) -> Result
  ) -> Result {
    precondition((1...64).contains(word.count), "a word of 1 to 64 letters")
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 26) { letterPlaces in
      letterPlaces.initialize(repeating: 0)
      for (place, byte) in word.enumerated() where isLetter(byte) {
        letterPlaces[Int(byte - 97)] |= 1 << UInt64(place)
      }
      return body(BitVectorDistance(word: word, letterPlaces: UnsafeBufferPointer(letterPlaces)))
    }
  }

  /// The places where the word has `byte`, one bit each: looked up for a letter, found by
  /// reading the word for any other byte, which no vocabulary word has.
  @inline(__always)
  private func places(of byte: UInt8) -> UInt64 {
    if Self.isLetter(byte) { return letterPlaces[Int(byte - 97)] }
    var places: UInt64 = 0
    for place in word.indices where word[place] == byte { places |= 1 << UInt64(place) }
    return places
  }

  /// Whether `byte` is a letter from `a` to `z`.
  private static func isLetter(_ byte: UInt8) -> Bool {
    byte >= 97 && byte <= 122
  }

  /// The distance to `other`, or `nil` when it exceeds `limit`.
  func to(_ other: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
    if abs(other.count - word.count) > limit { return nil }
    let lastPlace: UInt64 = 1 << UInt64(word.count - 1)
    // Where the column goes up by one and down by one, going down the word: at first, up
    // at every letter (the distance to none of `other` is the number of letters).
    var up = UInt64.max
    var down: UInt64 = 0
    // Where a cell is the same as the one diagonally above it (no edit).
    var same: UInt64 = 0
    var previousMatches: UInt64 = 0
    var distance = word.count
    for byte in other {
      let matches = places(of: byte)
      // Two neighbouring letters swapped: the letter read before matches the word's at a
      // place, this one the word's at the place above, and the cell the swap starts from was
      // not already the same as the one diagonally above it.
      let swaps = ((~same & matches) &<< 1) & previousMatches
      same = (((matches & up) &+ up) ^ up) | matches | down | swaps
      // Where the row goes right by one and left by one, from the column before to this one.
      var right = down | ~(same | up)
      var left = up & same
      if right & lastPlace != 0 { distance += 1 } else if left & lastPlace != 0 { distance -= 1 }
      // The top row is the number of letters of `other` read, one more each column.
      right = right &<< 1 | 1
      left = left &<< 1
      up = left | ~(same | right)
      down = right & same
      previousMatches = matches
    }
    return distance <= limit ? distance : nil
  }
}
