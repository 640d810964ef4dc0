import Foundation
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

  /// `exp` sums its series by Estrin's scheme, without a division; it must stay within the
  /// relative error its comment promises (below 1e-12) of the C library's `exp`, over the
  /// whole range a softmax meets.
  @Test func expIsWithinItsPromisedErrorOfTheCLibrarys() {
    var values: [Double] = [
      -700, 700, -699.999, 0, -0.0, 1, -1, 0.5, -0.5, 0.346_573_590_279_972_64, -0.346_573_590_279_972_64,
    ]
    var random = SplitMix64(seed: 11)
    for _ in 0..<10_000 { values.append(Double(random.next() % 1_400_000_000) / 1_000_000 - 700) }
    for x in values {
      let expected = Foundation.exp(x)
      #expect(abs(Exponential.exp(x) - expected) <= 1e-12 * expected, "\(x)")
    }
  }

  /// The values a student can check by hand: e⁰ is exactly 1, e¹ is e to fourteen digits, and
  /// beyond ±700 the result is out of range as documented.
  @Test func expGivesKnownValues() {
    #expect(Exponential.exp(0) == 1)
    #expect(abs(Exponential.exp(1) - 2.718_281_828_459_045) < 1e-14)
    #expect(Exponential.exp(701) == .infinity)
    #expect(Exponential.exp(-701) == 0)
  }
}
