/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
/// two neighbouring letters each cost one ("enigneering" is one edit from
/// "engineering").
enum EditDistance {
  /// The distance between `a` and `b`, or `nil` once it must exceed `limit`.
  ///
  /// Works on bytes for speed; the vocabulary is ASCII, and a non-ASCII word simply
  /// ends up far from every vocabulary word.
  static func distance(_ a: [UInt8], _ candidate: ArraySlice<UInt8>, limit: Int) -> Int? {
    let b = candidate.withContiguousStorageIfAvailable { UnsafeBufferPointer(rebasing: $0[...]) }
    return b.map { distance(a, $0, limit: limit) } ?? distance(a, Array(candidate), limit: limit)
  }

  /// The distance between `a` and `b`, or `nil` once it must exceed `limit`.
  static func distance<B: RandomAccessCollection<UInt8>>(_ a: [UInt8], _ b: B, limit: Int) -> Int?
  where B.Index == Int {
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    let width = b.count + 1
    var previous2 = [Int](repeating: 0, count: width)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: width)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[b.startIndex + j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[b.startIndex + j - 2], a[i - 2] == b[b.startIndex + j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return nil }
      (previous2, previous, current) = (previous, current, previous2)
    }
    let result = previous[b.count]
    return result <= limit ? result : nil
  }
}
