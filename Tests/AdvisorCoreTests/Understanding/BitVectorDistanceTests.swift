import Testing

@testable import AdvisorCore

@Suite struct BitVectorDistanceTests {
  /// The bit-vector columns give the full table's distance whenever it is within the limit,
  /// and nil otherwise, for every pair of short words over a small alphabet (repeats, swaps,
  /// different lengths) and every limit up to three.
  @Test func agreesWithTheFullTable() {
    let words = EditDistanceTests.allWords(over: Array("abc".utf8), upTo: 5)
    var disagreements: [String] = []
    for a in words where !a.isEmpty {
      for b in words {
        let full = EditDistanceTests.fullDistance(a, b)
        for limit in 0...3 where Self.distance(a, b, limit: limit) != (full <= limit ? full : nil) {
          disagreements.append(
            "\(String(decoding: a, as: UTF8.self)) \(String(decoding: b, as: UTF8.self)) \(limit)")
        }
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.count) disagree, first \(disagreements.prefix(3))")
  }

  @Test func countsASwapAsOneEdit() {
    #expect(Self.distance(Array("enigneering".utf8), Array("engineering".utf8), limit: 2) == 1)
    #expect(Self.distance(Array("salery".utf8), Array("salary".utf8), limit: 0) == nil)
  }

  /// The last of 64 letters, the top bit, counts like any other; so do bytes beyond ASCII.
  @Test func readsEveryPlaceAndEveryByte() {
    let long = Array(repeating: UInt8(ascii: "a"), count: 63) + [UInt8(ascii: "b")]
    #expect(Self.distance(long, Array(long.dropLast()) + [UInt8(ascii: "c")], limit: 2) == 1)
    #expect(Self.distance(long, long + [UInt8(ascii: "c")], limit: 2) == 1)
    #expect(Self.distance(Array("café".utf8), Array("cafe".utf8), limit: 2) == 2)
  }

  private static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in BitVectorDistance.from(a) { $0.to(b, limit: limit) } }
    }
  }
}
