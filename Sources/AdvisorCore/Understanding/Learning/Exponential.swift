/// The exponential function in pure Swift: the core imports neither Foundation nor the C
/// library, and training must give the same weights on every machine.
enum Exponential {
  /// e to the power `x`: reduces `x` to `n·ln 2 + r` with `|r| ≤ ln 2 / 2`, sums the series
  /// of `e^r` to the 12th power (relative error below 1e-12), and scales by `2^n`.
  ///
  /// `n` is within ±1,010, so `2^n` is a normal number, made from its bits: the very product
  /// `Double(sign:exponent:significand:)` gives, without its checks for the exponents that
  /// are not, a score at a time.
  static func exp(_ x: Double) -> Double {
    if x > 700 { return .infinity }
    if x < -700 { return 0 }
    let ln2 = 0.693_147_180_559_945_3
    let n = nearestWhole(x / ln2)
    let r = x - Double(n) * ln2
    var term = 1.0
    var sum = 1.0
    for k in 1...12 {
      term *= r / Double(k)
      sum += term
    }
    return sum * Double(sign: .plus, exponentBitPattern: UInt(1023 + n), significandBitPattern: 0)
  }

  /// `value` rounded to the nearest whole number, halves away from zero: what `rounded()`
  /// gives, for the values `exp` divides by ln 2 (under 1,100 either way), without the C
  /// library's `round`, which a question calls a score at a time.
  ///
  /// Dropping the fraction is one instruction; the fraction itself is exact, so whether it
  /// reaches a half is too. A whole number, since `exp` scales by its power of two: one
  /// conversion rather than one there and one back.
  static func nearestWhole(_ value: Double) -> Int {
    let whole = Int(value)
    guard abs(value - Double(whole)) >= 0.5 else { return whole }
    return value < 0 ? whole - 1 : whole + 1
  }

  /// The natural logarithm, for the log-loss calibration minimises: Newton's method on `exp`.
  static func log(_ x: Double) -> Double {
    guard x > 0 else { return -.infinity }
    var y = Double(x.exponent) * 0.693_147_180_559_945_3
    for _ in 0..<8 { y -= 1 - x / exp(y) }
    return y
  }
}
