import Testing

@testable import AdvisorCore

@Suite struct EditDistanceTests {
  @Test func countsASwapAsOneEdit() {
    #expect(EditDistance.distance(Array("enigneering".utf8), Array("engineering".utf8)[...], limit: 2) == 1)
    #expect(EditDistance.distance(Array("abc".utf8), Array("xyz".utf8)[...], limit: 2) == nil)
  }

  /// The banded search gives the full table's distance whenever it is within the limit, and
  /// nil otherwise, for every pair of short words over a small alphabet (repeats, swaps,
  /// different lengths) and every limit up to three.
  @Test func bandedSearchAgreesWithTheFullTable() {
    let words = Self.allWords(over: Array("abc".utf8), upTo: 5)
    var compared = 0
    var disagreements: [String] = []
    for a in words {
      for b in words where abs(a.count - b.count) <= 3 {
        let full = Self.fullDistance(a, b)
        for limit in 0...3
        where EditDistance.distance(a, b[...], limit: limit) != (full <= limit ? full : nil) {
          disagreements.append(
            "\(String(decoding: a, as: UTF8.self)) \(String(decoding: b, as: UTF8.self)) \(limit)")
        }
        compared += 1
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.count) disagree, first \(disagreements.prefix(3))")
    #expect(compared > 100_000)
  }

  /// Every word of up to `length` letters from `alphabet`.
  static func allWords(over alphabet: [UInt8], upTo length: Int) -> [[UInt8]] {
    var words: [[UInt8]] = [[]]
    var last: [[UInt8]] = [[]]
    for _ in 0..<length {
      last = last.flatMap { word in alphabet.map { word + [$0] } }
      words += last
    }
    return words
  }

  /// Optimal-string-alignment distance over the whole table, with no limit: the reference.
  static func fullDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in stride(from: 1, through: a.count, by: 1) {
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
