import Testing

@testable import AdvisorCore

/// Citation markers taken out of an answer: the text reads as without them, and the sources
/// they named are listed once each, in order of first use.
@Suite struct CitationTests {
  private let article = Citation.marker("article")
  private let bls = Citation.marker("blsOOH2024Compiled")

  @Test func extractingRemovesEachMarkerAndTheSpaceBeforeIt() {
    let (text, sources) = Citation.extract(from: "Pay is high \(bls). Hours are long \(article)\(article).")
    #expect(text == "Pay is high. Hours are long.")
    #expect(sources == ["blsOOH2024Compiled", "article", "article"])
    #expect(Citation.extract(from: "No citation — at all").text == "No citation — at all")
    #expect(Citation.extract(from: "No citation — at all").sources.isEmpty)
  }

  @Test func gatheringRewritesOnlyTheLinesWithCitationsAndNamesEachSourceOnce() {
    var answer = Answer([
      .heading("Pay"), .text("High \(bls)."), .bullets(["plain", "cited \(article)"]),
      .table([["", "A"], ["Pay", "high \(bls)"]]), .note("a note"),
    ])
    answer.gatherCitations { $0 == "article" ? "the article" : "BLS" }
    #expect(
      answer.blocks == [
        .heading("Pay"), .text("High."), .bullets(["plain", "cited"]),
        .table([["", "A"], ["Pay", "high"]]), .note("a note"), .sources(["BLS", "the article"]),
      ])
    #expect(answer.sources == ["blsOOH2024Compiled", "article"])
  }

  @Test func twoSourcesOfOneNameAreNamedOnce() {
    var answer = Answer([.text("One \(article), two \(bls).")])
    answer.gatherCitations { _ in "NCEES" }
    #expect(answer.blocks.last == .sources(["NCEES"]))
    #expect(answer.sources == ["article", "blsOOH2024Compiled"])
  }

  @Test func aListNamesEachElementOnceInOrderOfFirstUse() {
    #expect([3, 1, 3, 2, 1].eachOnce() == [3, 1, 2])
    #expect([Int]().eachOnce().isEmpty)
  }
}
