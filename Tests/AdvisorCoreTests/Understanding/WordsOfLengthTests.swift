import Testing

@testable import AdvisorCore

@Suite struct WordsOfLengthTests {
  /// Every word within the limit is offered, over several blocks of 64 words and one not
  /// full, for typed words of every length up to five over the same letters and one more.
  @Test func offersEveryWordWithinTheLimit() {
    let vocabulary = EditDistanceTests.allWords(over: Array("abcd".utf8), upTo: 4).filter { $0.count == 4 }
      .prefix(200)
    var words = WordsOfLength(length: 4)
    for word in vocabulary { words.append(word) }
    var missed: [String] = []
    for typed in EditDistanceTests.allWords(over: Array("abce".utf8), upTo: 5) {
      for limit in 1...2 {
        var offered = Set<Int>()
        words.forEachPlausible(within: limit, of: LetterBag(typed)) { index, _, limit in
          offered.insert(index)
          return limit
        }
        for (index, word) in vocabulary.enumerated()
        where !offered.contains(index) && EditDistanceTests.fullDistance(typed, word) <= limit {
          missed.append("\(String(decoding: typed, as: UTF8.self)) \(String(decoding: word, as: UTF8.self))")
        }
      }
    }
    #expect(missed.isEmpty, "\(missed.count) missed, first \(missed.prefix(3))")
  }

  @Test func offersFewerWordsOnceTheLimitIsLowered() {
    var words = WordsOfLength(length: 6)
    for word in ["salary", "salami", "sultry", "family"] { words.append(word.utf8) }
    func offered(loweringTo lowered: Int) -> [String] {
      var offered: [String] = []
      words.forEachPlausible(within: 2, of: LetterBag("salery".utf8)) { index, _, _ in
        offered.append(words.word(at: index))
        return lowered
      }
      return offered
    }
    #expect(offered(loweringTo: 2) == ["salary", "sultry"])
    #expect(offered(loweringTo: 1) == ["salary"])
  }

  @Test func givesEachWordItsLetters() {
    var words = WordsOfLength(length: 3)
    for word in ["cat", "dog"] { words.append(word.utf8) }
    var letters: [String] = []
    words.forEachPlausible(within: 3, of: LetterBag("cog".utf8)) { _, word, limit in
      letters.append(String(decoding: word, as: UTF8.self))
      return limit
    }
    #expect(letters == ["cat", "dog"])
    #expect(words.word(at: 1) == "dog")
  }
}
