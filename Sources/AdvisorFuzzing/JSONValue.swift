/// A parsed JSON value, for checking the JSON the advisor writes without Foundation.
///
/// Objects keep their keys in order, since the contract fixes the order of a turn's keys.
enum JSONValue: Equatable {
  case object([(key: String, value: JSONValue)])
  case array([JSONValue])
  case string(String)
  case number(Double)
  case bool(Bool)
  case null

  static func == (left: JSONValue, right: JSONValue) -> Bool {
    switch (left, right) {
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    case (.array(let a), .array(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.bool(let a), .bool(let b)): a == b
    case (.null, .null): true
    default: false
    }
  }

  /// Parses one JSON text (RFC 8259), with nothing but white space after it.
  /// - Returns: the value, or nil when the text is not JSON.
  static func parse(_ text: String) -> JSONValue? {
    var parser = JSONParser(bytes: Array(text.utf8))
    guard let value = parser.value() else { return nil }
    parser.skipSpace()
    return parser.isAtEnd ? value : nil
  }
}

/// A recursive-descent reader of JSON's grammar over UTF-8 bytes.
private struct JSONParser {
  let bytes: [UInt8]
  var index = 0

  var isAtEnd: Bool { index == bytes.count }

  mutating func skipSpace() {
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
  }

  mutating func value() -> JSONValue? {
    skipSpace()
    guard index < bytes.count else { return nil }
    switch bytes[index] {
    case UInt8(ascii: "{"): return object()
    case UInt8(ascii: "["): return array()
    case UInt8(ascii: "\""): return string().map(JSONValue.string)
    case UInt8(ascii: "t"): return literal("true", .bool(true))
    case UInt8(ascii: "f"): return literal("false", .bool(false))
    case UInt8(ascii: "n"): return literal("null", .null)
    default: return number()
    }
  }

  private mutating func object() -> JSONValue? {
    index += 1
    var members: [(key: String, value: JSONValue)] = []
    skipSpace()
    if consume("}") { return .object(members) }
    repeat {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string() else { return nil }
      skipSpace()
      guard consume(":"), let value = value() else { return nil }
      members.append((key, value))
      skipSpace()
    } while consume(",")
    return consume("}") ? .object(members) : nil
  }

  private mutating func array() -> JSONValue? {
    index += 1
    var elements: [JSONValue] = []
    skipSpace()
    if consume("]") { return .array(elements) }
    repeat {
      guard let element = value() else { return nil }
      elements.append(element)
      skipSpace()
    } while consume(",")
    return consume("]") ? .array(elements) : nil
  }

  /// A string literal, from its opening quote.
  private mutating func string() -> String? {
    index += 1
    var scalars = String.UnicodeScalarView()
    var start = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x20 { return nil }
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        scalars.append(contentsOf: String(decoding: bytes[start..<index], as: UTF8.self).unicodeScalars)
        index += 1
        if byte == UInt8(ascii: "\"") { return String(scalars) }
        guard let escaped = escape() else { return nil }
        scalars.append(escaped)
        start = index
      } else {
        index += 1
      }
    }
    return nil
  }

  /// The character an escape stands for, after its backslash.
  private mutating func escape() -> Unicode.Scalar? {
    guard index < bytes.count else { return nil }
    let byte = bytes[index]
    index += 1
    let simple: [UInt8: Unicode.Scalar] = [
      UInt8(ascii: "\""): "\"", UInt8(ascii: "\\"): "\\", UInt8(ascii: "/"): "/",
      UInt8(ascii: "b"): "\u{8}", UInt8(ascii: "f"): "\u{C}", UInt8(ascii: "n"): "\n",
      UInt8(ascii: "r"): "\r", UInt8(ascii: "t"): "\t",
    ]
    if let scalar = simple[byte] { return scalar }
    guard byte == UInt8(ascii: "u"), let unit = hexUnit() else { return nil }
    guard (0xD800..<0xDC00).contains(unit) else { return Unicode.Scalar(unit) }
    guard consume("\\"), consume("u"), let low = hexUnit(), (0xDC00..<0xE000).contains(low) else {
      return nil
    }
    return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
  }

  /// Four hex digits.
  private mutating func hexUnit() -> UInt32? {
    let isHex = { (byte: UInt8) in Character(Unicode.Scalar(byte)).isHexDigit }
    guard index + 4 <= bytes.count, bytes[index..<index + 4].allSatisfy(isHex),
      let unit = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
    else { return nil }
    index += 4
    return unit
  }

  /// A number: JSON's grammar is checked by Swift's `Double` parser plus the first byte.
  private mutating func number() -> JSONValue? {
    let start = index
    let allowed = Set("+-.0123456789eE".utf8)
    while index < bytes.count, allowed.contains(bytes[index]) { index += 1 }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let first = text.first, first == "-" || first.isNumber, let number = Double(text) else {
      return nil
    }
    return .number(number)
  }

  private mutating func literal(_ word: String, _ value: JSONValue) -> JSONValue? {
    let word = Array(word.utf8)
    guard bytes[index...].starts(with: word) else { return nil }
    index += word.count
    return value
  }

  private mutating func consume(_ character: Character) -> Bool {
    guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
    index += 1
    return true
  }
}
