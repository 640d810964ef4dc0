/// The terms of a `TermList` a question may match, one bit a term: those its stems start, and
/// those without stems that it does match.
///
/// Scoring used to try every term of every intent, some fifteen hundred, to rule nearly all of
/// them out by their first stem; a question's stems start a few dozen. The bits keep the
/// terms' order, so each intent still visits its terms heaviest first.
struct TermCandidates {
  private var bits: [UInt64]

  /// No candidate among `count` terms.
  init(count: Int) {
    bits = [UInt64](repeating: 0, count: (count + 63) / 64)
  }

  /// Makes the term at `place` a candidate.
  mutating func insert(_ place: Int) {
    bits[place >> 6] |= 1 << UInt64(place & 63)
  }

  /// Calls `body` with each candidate within `places`, in order, until it returns false.
  ///
  /// - Returns: false when `body` stopped the visit.
  @discardableResult
  func visit(_ places: Range<Int>, _ body: (Int) -> Bool) -> Bool {
    var word = places.lowerBound >> 6
    while word << 6 < places.upperBound {
      let base = word << 6
      var set = bits[word]
      if base < places.lowerBound { set &= ~0 << UInt64(places.lowerBound - base) }
      if base + 64 > places.upperBound { set &= (1 << UInt64(places.upperBound - base)) &- 1 }
      while set != 0 {
        guard body(base + set.trailingZeroBitCount) else { return false }
        set &= set &- 1
      }
      word += 1
    }
    return true
  }
}
