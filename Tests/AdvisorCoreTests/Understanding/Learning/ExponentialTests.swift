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
      #expect(Double(Exponential.nearestWhole(value)) == value.rounded(), "\(value)")
    }
  }

  /// `exp` scales its series by `2^n` made from the power's bits; it must give, bit for bit,
  /// what scaling with `Double(sign:exponent:significand:)` and rounding with `rounded()` gave,
  /// or training and scoring would change.
  @Test func expScalesAsTheGeneralInitialiserDoes() {
    var values: [Double] = [-700, 700, -699.999, 0, -0.0, 1, -1, 0.5, -0.5]
    var random = SplitMix64(seed: 11)
    for _ in 0..<10_000 { values.append(Double(random.next() % 1_400_000_000) / 1_000_000 - 700) }
    for x in values {
      #expect(Exponential.exp(x).bitPattern == Self.generalExp(x).bitPattern, "\(x)")
    }
  }

  /// `exp` as it was first written, with the standard library's general rounding and scaling.
  private static func generalExp(_ x: Double) -> Double {
    let ln2 = 0.693_147_180_559_945_3
    let n = (x / ln2).rounded()
    let r = x - n * ln2
    var term = 1.0
    var sum = 1.0
    for k in 1...12 {
      term *= r / Double(k)
      sum += term
    }
    return Double(sign: .plus, exponent: Int(n), significand: sum)
  }
}
