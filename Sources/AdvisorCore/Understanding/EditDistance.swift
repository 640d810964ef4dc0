/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
/// two neighbouring letters each cost one ("enigneering" is one edit from
/// "engineering").
enum EditDistance {
  /// The distance between `a` and `b`, or `nil` once it must exceed `limit`.
  static func distance(_ a: [UInt8], _ b: ArraySlice<UInt8>, limit: Int) -> Int? {
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (b.count + 1)) {
          distance(a, b, limit: limit, rows: $0)
        }
      }
    }
  }

  /// The distance between `a` and `b`, or `nil` once it must exceed `limit`; `rows` holds at
  /// least three rows of `b.count + 1`.
  ///
  /// Works on bytes for speed; the vocabulary is ASCII, and a non-ASCII word simply
  /// ends up far from every vocabulary word. Only the band of cells within `limit` of the
  /// diagonal is computed: a cell further off costs more than `limit` edits, so no distance
  /// within the limit passes through one, and the cells just outside the band are set to
  /// `limit + 1`.
  private static func distance(
    _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int,
    rows: UnsafeMutableBufferPointer<Int>
  ) -> Int? {
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    let width = b.count + 1
    precondition(rows.count >= 3 * width, "the rows are too short for the word")
    let beyond = limit + 1
    // Three rows, turned round by offsets rather than swapped.
    var twoBack = 0
    var previous = width
    var current = 2 * width
    for j in 0..<width { rows[previous + j] = j }
    for i in 1...a.count {
      let low = max(1, i - limit)
      let high = min(b.count, i + limit)
      rows[current + low - 1] = low == 1 ? i : beyond
      if high == i + limit { rows[previous + high] = beyond }
      var rowMinimum = i
      for j in low...high {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, rows[twoBack + j - 2] + 1)
        }
        rows[current + j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return nil }
      (twoBack, previous, current) = (previous, current, twoBack)
    }
    let result = rows[previous + b.count]
    return result <= limit ? result : nil
  }
}
