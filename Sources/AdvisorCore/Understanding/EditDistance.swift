/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
/// two neighbouring letters each cost one ("enigneering" is one edit from
/// "engineering").
enum EditDistance {
  /// Rows of the distance table, kept between calls so that searching the vocabulary
  /// allocates them once per word rather than once per candidate.
  struct Buffers {
    var twoBack: [Int] = []
    var previous: [Int] = []
    var current: [Int] = []
  }

  /// The distance between `a` and `b`, or `nil` once it must exceed `limit`.
  static func distance(_ a: [UInt8], _ b: ArraySlice<UInt8>, limit: Int) -> Int? {
    var buffers = Buffers()
    return distance(a, b, limit: limit, buffers: &buffers)
  }

  /// The distance between `a` and `b`, or `nil` once it must exceed `limit`.
  ///
  /// Works on bytes for speed; the vocabulary is ASCII, and a non-ASCII word simply
  /// ends up far from every vocabulary word.
  static func distance(
    _ a: [UInt8], _ b: ArraySlice<UInt8>, limit: Int, buffers: inout Buffers
  ) -> Int? {
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    let width = b.count + 1
    let offset = b.startIndex - 1
    if buffers.previous.count < width {
      buffers = Buffers(
        twoBack: Array(repeating: 0, count: width), previous: Array(repeating: 0, count: width),
        current: Array(repeating: 0, count: width))
    }
    for j in 0..<width { buffers.previous[j] = j }
    for i in 1...a.count {
      buffers.current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[offset + j] ? 0 : 1
        var value = min(buffers.previous[j] + 1, buffers.current[j - 1] + 1, buffers.previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[offset + j - 1], a[i - 2] == b[offset + j] {
          value = min(value, buffers.twoBack[j - 2] + 1)
        }
        buffers.current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return nil }
      swap(&buffers.twoBack, &buffers.previous)
      swap(&buffers.previous, &buffers.current)
    }
    let result = buffers.previous[b.count]
    return result <= limit ? result : nil
  }
}
