/// The digits the learned table and its index are written in: sixty-four printable ASCII
/// characters, so the compiled-in text is plain and each digit reads back with a comparison
/// or two.
enum Base64Digits {
  /// The digits, by value.
  static let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)

  /// `value`, in `count` digits, most significant first.
  static func encode(_ value: Int, count: Int) -> [UInt8] {
    precondition(value >= 0 && value < 1 << (6 * count), "\(value) does not fit in \(count) digits")
    return (0..<count).reversed().map { digits[value >> ($0 * 6) & 63] }
  }

  /// The value of a digit of `digits`.
  @inline(__always)
  static func value(_ byte: UInt8) -> Int {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte) - 48
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(byte) - 55
    case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(byte) - 61
    case UInt8(ascii: "-"): 62
    default: 63
    }
  }
}
