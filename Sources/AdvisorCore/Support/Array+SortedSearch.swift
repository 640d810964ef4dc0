/// Searching sorted arrays by halves: the word lists, names and cues are sorted when they are
/// generated, so start-up builds no hash tables for them.
extension RandomAccessCollection {
  /// The first index whose element satisfies `isAtOrAbove`, which must hold for a suffix of the
  /// collection (every element after one that satisfies it satisfies it too); `endIndex` if none.
  func partitionPoint(where isAtOrAbove: (Element) -> Bool) -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if isAtOrAbove(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
