import Testing

@testable import AdvisorCore

@Suite struct EightBytesTests {
  /// Asked of eight bytes at once, a range finds just the bytes in it, as asking each byte
  /// does: for every ASCII byte in every place, and every range the passes over a question use.
  @Test func rangesFindTheBytesInThem() {
    let ranges: [ClosedRange<UInt8>] = [
      0...31, 36...36, 44...44, 48...57, 65...90, 96...96, 127...127, 0...127,
    ]
    for byte in UInt8(0)..<128 {
      for place in 0..<8 {
        var bytes = Array("aZ9 ,$`".utf8) + [0x7F]
        bytes[place] = byte
        let eight = bytes.withUnsafeBufferPointer { EightBytes(at: $0.baseAddress!) }
        for range in ranges {
          let expected = bytes.indices.reduce(UInt64(0)) {
            $0 | (range.contains(bytes[$1]) ? UInt64(0x80) << (8 * $1) : 0)
          }
          #expect(eight?.tops(in: range) == expected, "\(byte) \(place) \(range)")
        }
      }
    }
    #expect(
      [UInt8](repeating: 0xC3, count: 8).withUnsafeBufferPointer { EightBytes(at: $0.baseAddress!) } == nil)
  }
}
