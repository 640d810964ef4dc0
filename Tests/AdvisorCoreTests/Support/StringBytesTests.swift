import Testing

@testable import AdvisorCore

@Suite struct StringBytesTests {
  /// Reading eight bytes at a time finds a byte beyond ASCII wherever it is, as reading them one
  /// by one does: in the eight-byte blocks, in the bytes after them, and in none.
  @Test func bytesAreASCIIWhenEachIs() {
    for length in 0...20 {
      let plain = String(repeating: "a", count: length)
      #expect(plain.withBytes(\.isASCII))
      for place in 0..<length {
        var bytes = Array(plain.utf8)
        bytes[place] = 0xC3
        #expect(!bytes.withUnsafeBufferPointer(\.isASCII), "\(length) \(place)")
        bytes[place] = 0x7F
        #expect(bytes.withUnsafeBufferPointer(\.isASCII), "\(length) \(place)")
      }
    }
  }

  /// The first eight bytes read in two overlapping loads are the bytes read one by one, the
  /// first highest, with zeros after a shorter run.
  @Test func firstEightBytesAreTheBytesInOrder() {
    let text = Array("abcdefghijklmnop".utf8)
    for length in 0...text.count {
      let bytes = Array(text.prefix(length))
      var expected: UInt64 = 0
      for place in 0..<8 { expected = expected << 8 | UInt64(place < length ? bytes[place] : 0) }
      #expect(bytes.withUnsafeBufferPointer(\.firstEightBytes) == expected, "\(length)")
    }
  }

  /// Eight bytes at a time, a byte is found wherever it is, as reading them one by one finds
  /// it, among bytes beyond ASCII too, and not found where it is not.
  @Test func aByteIsFoundWhereverItIs() {
    for length in 0...20 {
      let plain = [UInt8](repeating: 0xC3, count: length)
      #expect(!plain.withUnsafeBufferPointer { $0.contains(byte: UInt8(ascii: "?")) })
      for place in 0..<length {
        for byte: UInt8 in [0, 0x3E, 0x3F, 0x40, 0x80, 0xBF, 0xFF] {
          var bytes = plain
          bytes[place] = byte
          let found = bytes.withUnsafeBufferPointer { $0.contains(byte: UInt8(ascii: "?")) }
          #expect(found == (byte == UInt8(ascii: "?")), "\(length) \(place) \(byte)")
        }
      }
    }
  }

  @Test func aBytesFirstPlaceFromAStartIsTheOneASearchByteByByteFinds() {
    // Bytes around the one sought (0x1F) and runs of it, so that some words hold it twice.
    let pattern: [UInt8] = [0x1F, 0x1E, 0x20, 0x1F, 0x1F, 0x9F, 0x00, 0xFF, 0x3F, 0x1F]
    for length in 0...40 {
      let bytes = (0..<length).map { pattern[($0 * 7 + length) % pattern.count] }
      for start in 0...length {
        let expected = bytes[start...].firstIndex(of: 0x1F) ?? length
        let found = bytes.withUnsafeBufferPointer { $0.index(ofByte: 0x1F, from: start) }
        #expect(found == expected, "\(length) \(start)")
      }
    }
  }
}
