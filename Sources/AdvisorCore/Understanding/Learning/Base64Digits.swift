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

  /// The value of a digit of `digits`: one load from `values`, since scoring a question reads
  /// some two thousand digits.
  @inline(__always)
  static func value(_ byte: UInt8) -> Int {
    Int(values[Int(byte)])
  }

  /// Every byte's value as a digit, 63 for a byte that is none; built on first use.
  static let values: [UInt8] = (0...255).map { byte in
    switch byte {
    case Int(UInt8(ascii: "0"))...Int(UInt8(ascii: "9")): UInt8(byte - 48)
    case Int(UInt8(ascii: "A"))...Int(UInt8(ascii: "Z")): UInt8(byte - 55)
    case Int(UInt8(ascii: "a"))...Int(UInt8(ascii: "z")): UInt8(byte - 61)
    case Int(UInt8(ascii: "-")): 62
    default: 63
    }
  }
}
