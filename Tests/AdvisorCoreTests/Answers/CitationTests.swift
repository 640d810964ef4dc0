import Testing

@testable import AdvisorCore

/// Citation markers taken out of an answer: the text reads as without them, and the sources
/// they named are listed once each, in order of first use.
@Suite struct CitationTests {
  private let registry = KnowledgeBase.standard.sources
  private let article = Citation.marker(0)
  private let second = Citation.marker(1)

  @Test func aMarkerIsThreeASCIIBytesThatNameTheSourcesPosition() {
    for position in [0, 1, 63, 64, 4095] {
      #expect(Citation.marker(position).utf8.count == 3)
      #expect(Citation.marker(position).isASCII)
      #expect(Citation.extract(from: "a " + Citation.marker(position)).positions == [position])
    }
  }

  @Test func extractingRemovesEachMarkerAndTheSpaceBeforeIt() {
    let (text, positions) = Citation.extract(
      from: "Pay is high \(second). Hours are long \(article)\(article).")
    #expect(text == "Pay is high. Hours are long.")
    #expect(positions == [1, 0])
    #expect(Citation.extract(from: "No citation — at all").text == "No citation — at all")
    #expect(Citation.extract(from: "No citation — at all").positions.isEmpty)
    // A unit separator that no position follows, or cut short, is text.
    #expect(Citation.extract(from: "A \u{1F} B \u{1F}A").text == "A \u{1F} B \u{1F}A")
  }

  @Test func gatheringRewritesOnlyTheLinesWithCitationsAndNamesEachSourceOnce() {
    var answer = Answer([
      .heading("Pay"), .text("High \(second)."), .bullets(["plain", "cited \(article)"]),
      .table([["", "A"], ["Pay", "high \(second)"]]), .note("a note"),
    ])
    answer.gatherCitations(from: registry)
    #expect(
      answer.blocks == [
        .heading("Pay"), .text("High."), .bullets(["plain", "cited"]),
        .table([["", "A"], ["Pay", "high"]]), .note("a note"),
        .sources([registry[1].citation, registry[0].citation]),
      ])
    #expect(answer.sources == [registry[1].id, registry[0].id])
  }

  @Test func twoSourcesOfOneNameAreNamedOnceAndAPositionPastTheRegistryNone() {
    let past = Citation.marker(registry.count)
    var answer = Answer([.text("One \(article), two \(second), three \(past).")])
    let named = [registry[0], registry[1]].map {
      Source(
        id: $0.id, citation: "NCEES", title: $0.title, publisher: $0.publisher, url: $0.url, year: $0.year,
        isSecondary: $0.isSecondary, isOpinion: $0.isOpinion, group: $0.group)
    }
    answer.gatherCitations(from: named + registry.dropFirst(2))
    #expect(answer.blocks == [.text("One, two, three."), .sources(["NCEES"])])
    #expect(answer.sources == [registry[0].id, registry[1].id])
  }

  @Test func aListNamesEachElementOnceInOrderOfFirstUse() {
    #expect([3, 1, 3, 2, 1].eachOnce() == [3, 1, 2])
    #expect([Int]().eachOnce().isEmpty)
  }
}
