import Testing

@testable import AdvisorCore

/// Citations recorded beside the text of an answer's lines: the text is what the reader sees,
/// and the sources the lines cited are listed once each, in order of first use.
@Suite struct CitedTests {
  private let registry = KnowledgeBase.standard.sources

  /// Citations of the sources at `positions`, in that order.
  private func citing(_ positions: Int...) -> Citations {
    var citations = Citations()
    for position in positions { citations.add(position) }
    return citations
  }

  @Test func citationsHoldFivePositionsInOrderOfFirstUseEachOnce() {
    let citations = citing(4094, 0, 63, 0, 64, 1, 63)
    #expect(Array(citations) == [4094, 0, 63, 64, 1])
    #expect(citations.count == 5)
    #expect(Citations().count == 0)
    #expect(Array(Citations(nil)).isEmpty)
    #expect(Array(Citations(7)) == [7])
  }

  /// What the five slots cannot hold is kept after them, never dropped and never a trap: a sixth
  /// source and more, and a position past twelve bits (a knowledge base of thousands of
  /// sources), from which on the order of first use is kept in the list.
  @Test func citationsBeyondFiveOrPastTwelveBitsAreKeptInOrder() {
    let many = citing(5, 4, 3, 2, 1, 0, 9, 4, 0, 9)
    #expect(Array(many) == [5, 4, 3, 2, 1, 0, 9])
    #expect(many.count == 7)
    let large = citing(2, 70_000, 1, 2, 4095, 70_000)
    #expect(Array(large) == [2, 70_000, 1, 4095])
    #expect(large.count == 4)
    var joined = many
    joined.add(large)
    #expect(Array(joined) == [5, 4, 3, 2, 1, 0, 9, 70_000, 4095])
  }

  @Test func joiningKeepsTheTextAndTheCitationsOfBothInOrder() {
    let first = Cited("Pay is high.", citing: citing(1))
    let second = Cited(" Hours are long.", citing: citing(0, 1))
    #expect("Note: " + first == Cited("Note: Pay is high.", citing: citing(1)))
    #expect(first + " More." == Cited("Pay is high. More.", citing: citing(1)))
    #expect(first + second == Cited("Pay is high. Hours are long.", citing: citing(1, 0)))
  }

  @Test func anAnswerNamesTheSourcesOfItsLinesOnceInTheOrderOfItsBlocks() {
    var answer = Answer([.heading("Pay")])
    answer.text(Cited("High.", citing: citing(1)))
    answer.bullets([Cited("plain"), Cited("cited", citing: citing(0))])
    answer.table([[Cited(""), Cited("A")], [Cited("Pay"), Cited("high", citing: citing(1))]])
    answer.blocks.append(.note("a note"))
    answer.gatherCitations(from: registry)
    #expect(
      answer.blocks == [
        .heading("Pay"), .text("High."), .bullets(["plain", "cited"]),
        .table([["", "A"], ["Pay", "high"]]), .note("a note"),
        .sources([registry[1].citation, registry[0].citation]),
      ])
    #expect(answer.sources == [registry[1].id, registry[0].id])
  }

  /// Gathering uses the citations up: the answer is then what its blocks and sources say, as
  /// if written with them, and gathering again changes nothing.
  @Test func aGatheredAnswerIsItsBlocksAndSources() {
    var answer = Answer()
    answer.text(Cited("High.", citing: citing(1)))
    answer.bullet(Cited("Long.", citing: citing(0)))
    answer.gatherCitations(from: registry)
    #expect(answer == Answer(answer.blocks, sources: answer.sources))
    let gathered = answer
    answer.gatherCitations(from: registry)
    #expect(answer == gathered)
  }

  @Test func anAnswerCitingNothingIsLeftAsItIs() {
    var answer = Answer([.text("Hello.")])
    answer.bullets([Cited]())
    answer.gatherCitations(from: registry)
    #expect(answer.blocks == [.text("Hello.")])
    #expect(answer.sources.isEmpty)
  }

  @Test func sourcesBeyondTheFifthAreNamedTooInOrder() {
    var answer = Answer()
    answer.bullets(Array(0..<7)) { Cited("fact \($0)", citing: citing(6 - $0)) }
    answer.text(Cited("again", citing: citing(3, 6, 0)))
    answer.gatherCitations(from: registry)
    #expect(answer.sources == (0..<7).reversed().map { registry[$0].id })
    #expect(answer.blocks.last == .sources((0..<7).reversed().map { registry[$0].citation }.eachOnce()))
  }

  @Test func anAppendedAnswerBringsItsCitationsAfterThese() {
    var first = Answer()
    first.bullet(Cited("one", citing: citing(2)))
    var second = Answer()
    second.text(Cited("two", citing: citing(1, 2)))
    first.append(second)
    first.gatherCitations(from: registry)
    #expect(first.sources == [registry[2].id, registry[1].id])
    #expect(first.blocks.dropLast() == [.bullets(["one"]), .text("two")])
  }

  @Test func aSourceTheAnswerHadAlreadyIsNeitherAddedNorNamedAgain() {
    var answer = Answer([], sources: [registry[1].id])
    answer.text(Cited("Both.", citing: citing(1, 0)))
    answer.gatherCitations(from: registry)
    #expect(answer.sources == [registry[1].id, registry[0].id])
    #expect(answer.blocks == [.text("Both."), .sources([registry[0].citation])])
  }

  @Test func twoSourcesOfOneNameAreNamedOnceAndAPositionPastTheRegistryNone() {
    var answer = Answer()
    answer.text(Cited("One, two, three.", citing: citing(0, 1, registry.count)))
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
