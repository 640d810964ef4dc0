/// The exponential function in pure Swift: the core imports neither Foundation nor the C
/// library, and training must give the same weights on every machine.
enum Exponential {
  /// e to the power `x`: reduces `x` to `n·ln 2 + r` with `|r| ≤ ln 2 / 2`, sums the series
  /// of `e^r` to the 12th power (relative error below 1e-12), and scales by `2^n`.
  static func exp(_ x: Double) -> Double {
    if x > 700 { return .infinity }
    if x < -700 { return 0 }
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

  /// The natural logarithm, for the log-loss calibration minimises: Newton's method on `exp`.
  static func log(_ x: Double) -> Double {
    guard x > 0 else { return -.infinity }
    var y = Double(x.exponent) * 0.693_147_180_559_945_3
    for _ in 0..<8 { y -= 1 - x / exp(y) }
    return y
  }
}
