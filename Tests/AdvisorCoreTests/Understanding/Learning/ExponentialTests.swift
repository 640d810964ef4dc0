import Testing

@testable import AdvisorCore

@Suite struct ExponentialTests {
  /// `exp` rounds its argument over ln 2 without the C library; it must round exactly as
  /// `rounded()` does, halves and the numbers either side of them included, or training and
  /// scoring would change.
  @Test func nearestWholeRoundsAsRoundedDoes() {
    var values: [Double] = [0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 1009.5, -1009.5, 0.49999999999999994]
    for whole in -1100...1100 {
      let half = Double(whole) + 0.5
      values += [
        half, half.nextUp, half.nextDown, Double(whole), Double(whole).nextUp, Double(whole).nextDown,
      ]
    }
    var random = SplitMix64(seed: 7)
    for _ in 0..<10_000 { values.append(Double(random.next() % 2_200_000) / 1000 - 1100) }
    for value in values {
      #expect(Exponential.nearestWhole(value) == value.rounded(), "\(value)")
    }
  }
}
