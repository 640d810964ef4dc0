/// The digits the learned table and its index are written in: the sixty-four ASCII
/// characters from "0" to "o", in order, so the compiled-in text is plain and a digit's value
/// is its byte less "0": scoring reads it with a subtraction, not a look-up.
enum TableDigits {
  /// The byte of the digit 0.
  static let zero = UInt8(ascii: "0")

  /// `value`, in `count` digits, most significant first.
  static func encode(_ value: Int, count: Int) -> [UInt8] {
    precondition(value >= 0 && value < 1 << (6 * count), "\(value) does not fit in \(count) digits")
    return (0..<count).reversed().map { digit(value >> ($0 * 6) & 63) }
  }

  /// The digit of a value from 0 to 63.
  static func digit(_ value: Int) -> UInt8 {
    zero + UInt8(value)
  }

  /// The value of a digit; a byte that is none gives a value outside 0–63, which no search
  /// matches.
  @inline(__always)
  static func value(_ byte: UInt8) -> Int {
    Int(byte) - Int(zero)
  }
}
