@testable import AdvisorCore

/// Text to try a fast path on bytes with, against the general path it stands in for: every
/// short string over an alphabet of the bytes the paths treat apart, and the held-out questions.
enum ASCIISamples {
  /// Every string of up to `length` characters of `alphabet`, the empty one first.
  static func all(of alphabet: String, upTo length: Int) -> [String] {
    var strings = [""]
    var longest = [""]
    for _ in 0..<length {
      longest = longest.flatMap { prefix in alphabet.map { prefix + String($0) } }
      strings += longest
    }
    return strings
  }

  /// Every string of one ASCII character.
  static var characters: [String] {
    (0..<128).map { String(Unicode.Scalar(UInt8($0))) }
  }

  /// The held-out questions in ASCII (most of them), as typed.
  static func questions() throws -> [String] {
    try HeldOutAccuracyTests.questions().map(\.text).filter(\.isASCII)
  }
}
