import Testing

@testable import AdvisorCore

@Suite struct TermGroupsTests {
  /// Four terms: the first and third keyed on 1, the second on 0, the last on none.
  private let groups = TermGroups(keys: [1, 0, 1, -1]) { place in
    (intent: place / 2, offset: place, stems: [[5, 1], [0], [7, 8, 1], []][place][...])
  }

  /// What `groups` holds for `key`: each term's place, intent, offset and stems.
  private func terms(withKey key: Int) -> [[Int]] {
    var terms: [[Int]] = []
    groups.forEach(withKey: key) { term in
      terms.append([term.place, term.intent, term.offset] + term.stems.map(Int.init))
    }
    return terms
  }

  @Test func eachKeyHasItsTermsInOrderWithTheirNumbers() {
    #expect(terms(withKey: 0) == [[1, 0, 1, 0]])
    #expect(terms(withKey: 1) == [[0, 0, 0, 5, 1], [2, 1, 2, 7, 8, 1]])
  }

  @Test func aKeyNoTermHasHasNone() {
    #expect(terms(withKey: -1).isEmpty)
    #expect(terms(withKey: 2).isEmpty)
    #expect(groups.count(withKey: -1) == 0)
    #expect(groups.count(withKey: 2) == 0)
  }

  @Test func eachKeyCountsItsTerms() {
    #expect(groups.count(withKey: 0) == 1)
    #expect(groups.count(withKey: 1) == 2)
  }
}
