/// The exponential function in pure Swift: the core imports neither Foundation nor the C
/// library, and training must give the same weights on every machine.
enum Exponential {
  /// e to the power `x`: reduces `x` to `n·ln 2 + r` with `|r| ≤ ln 2 / 2` (a hair more when
  /// `x / ln 2` is within a rounding of a half), sums the series of `e^r` to the 12th power
  /// (relative error below 1e-12), and scales by `2^n`.
  ///
  /// The series is summed with multiplications and additions only, on the reciprocals of the
  /// factorials, by Estrin's scheme: pairs of terms, then pairs of pairs with `r²`, then
  /// with `r⁴` and `r⁸`. Each step waits on the one before it, and this takes four steps
  /// where summing term by term (Horner's rule) takes twelve; a division per term, as the
  /// series is usually written, is slower still. Every question takes an exponential for
  /// each intent.
  ///
  /// `n` is within ±1,010, so `2^n` is a normal number, made from its bits: the very product
  /// `Double(sign:exponent:significand:)` gives, without its checks for the exponents that
  /// are not, a score at a time.
  static func exp(_ x: Double) -> Double {
    if x > 700 { return .infinity }
    if x < -700 { return 0 }
    let ln2 = 0.693_147_180_559_945_3
    let n = nearestWhole(x * (1 / ln2))
    let r = x - Double(n) * ln2
    let r2 = r * r
    let r4 = r2 * r2
    let terms01 = 1 + r
    let terms23 = 1 / 2.0 + r * (1 / 6.0)
    let terms45 = 1 / 24.0 + r * (1 / 120.0)
    let terms67 = 1 / 720.0 + r * (1 / 5_040.0)
    let terms89 = 1 / 40_320.0 + r * (1 / 362_880.0)
    let terms1011 = 1 / 3_628_800.0 + r * (1 / 39_916_800.0)
    let terms0to3 = terms01 + r2 * terms23
    let terms4to7 = terms45 + r2 * terms67
    let terms8to11 = terms89 + r2 * terms1011
    let terms0to7 = terms0to3 + r4 * terms4to7
    let terms8to12 = terms8to11 + r4 * (r4 * (1 / 479_001_600.0))
    let sum = terms0to7 + (r4 * r4) * terms8to12
    return sum * Double(sign: .plus, exponentBitPattern: UInt(1023 + n), significandBitPattern: 0)
  }

  /// `value` rounded to the nearest whole number, halves away from zero: what `rounded()`
  /// gives, for the values `exp` divides by ln 2 (under 1,100 either way), without the C
  /// library's `round`, which a question calls a score at a time.
  ///
  /// Dropping the fraction is one instruction; the fraction itself is exact, so whether it
  /// reaches a half is too. A whole number, since `exp` scales by its power of two: one
  /// conversion rather than one there and one back. The step away from zero is added as a
  /// number, 0 or ±1, rather than taken on a branch: whether a fraction reaches a half is
  /// anyone's guess, and a branch guessed wrong cost more than the rest of the rounding.
  static func nearestWhole(_ value: Double) -> Int {
    let whole = Int(value)
    let reachesHalf = abs(value - Double(whole)) >= 0.5
    let awayFromZero = value < 0 ? -1 : 1
    return whole &+ (reachesHalf ? awayFromZero : 0)
  }

  /// The natural logarithm, for the log-loss calibration minimises: Newton's method on `exp`.
  static func log(_ x: Double) -> Double {
    guard x > 0 else { return -.infinity }
    var y = Double(x.exponent) * 0.693_147_180_559_945_3
    for _ in 0..<8 { y -= 1 - x / exp(y) }
    return y
  }
}
