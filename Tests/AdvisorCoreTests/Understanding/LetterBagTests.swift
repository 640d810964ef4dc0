import Testing

@testable import AdvisorCore

@Suite struct LetterBagTests {
  @Test func countsALetterUpToTwice() {
    #expect(LetterBag("aab".utf8).bits == LetterBag("aaab".utf8).bits)
    #expect(LetterBag("ab".utf8).bits != LetterBag("aab".utf8).bits)
    #expect(LetterBag("a-b".utf8).bits == LetterBag("a!b".utf8).bits)
  }

  /// The bags rule out only words further apart than the limit, for every pair of short words
  /// over a small alphabet and every limit up to three: the search may skip them unseen.
  @Test func rulesOutOnlyWordsBeyondTheLimit() {
    let words = EditDistanceTests.allWords(over: Array("abc".utf8), upTo: 5)
    var wrong: [String] = []
    for a in words {
      for b in words {
        let distance = EditDistanceTests.fullDistance(a, b)
        let (bagA, bagB) = (LetterBag(a), LetterBag(b))
        for limit in 0...3 where distance <= limit && bagA.isMoreThan(limit, editsFrom: bagB) {
          wrong.append("\(String(decoding: a, as: UTF8.self)) \(String(decoding: b, as: UTF8.self)) \(limit)")
        }
      }
    }
    #expect(wrong.isEmpty, "\(wrong.count) wrongly ruled out, first \(wrong.prefix(3))")
  }

  @Test func rulesOutWordsOfOtherLetters() {
    #expect(LetterBag("salary".utf8).isMoreThan(2, editsFrom: LetterBag("history".utf8)))
    #expect(!LetterBag("salery".utf8).isMoreThan(1, editsFrom: LetterBag("salary".utf8)))
  }
}
