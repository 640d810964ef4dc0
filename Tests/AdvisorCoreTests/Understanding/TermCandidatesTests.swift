import Testing

@testable import AdvisorCore

@Suite struct TermCandidatesTests {
  /// Visits the candidates of `places` and returns them in order.
  private func visited(_ candidates: TermCandidates, _ places: Range<Int>) -> [Int] {
    var seen: [Int] = []
    candidates.visit(places) { place in
      seen.append(place)
      return true
    }
    return seen
  }

  @Test func candidatesAreVisitedInOrderWithinTheirRangeAcrossWords() {
    var candidates = TermCandidates(count: 200)
    for place in [150, 3, 64, 63, 0, 199, 65] { candidates.insert(place) }
    #expect(visited(candidates, 0..<200) == [0, 3, 63, 64, 65, 150, 199])
    #expect(visited(candidates, 3..<65) == [3, 63, 64])
    #expect(visited(candidates, 66..<150).isEmpty)
    #expect(visited(candidates, 70..<70).isEmpty)
  }

  @Test func aVisitStopsWhenToldAndSaysSo() {
    var candidates = TermCandidates(count: 10)
    for place in [1, 5, 8] { candidates.insert(place) }
    var seen: [Int] = []
    let finished = candidates.visit(0..<10) { place in
      seen.append(place)
      return place != 5
    }
    #expect(!finished)
    #expect(seen == [1, 5])
  }
}
