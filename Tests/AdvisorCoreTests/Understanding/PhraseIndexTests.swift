import Testing

@testable import AdvisorCore

@Suite struct PhraseIndexTests {
  private let phrases: [PhraseIndex<Int>.Entry] = [
    (["project", "manager"], 1), (["pm"], 2), (["project", "engineer"], 3),
    (["senior", "project", "manager"], 4), (["project"], 5), (["project", "manager"], 6),
  ]

  @Test func phrasesAreOrderedByFirstWordLongestFirstAndOtherwiseAsGiven() {
    let index = PhraseIndex(phrases)
    #expect(index.entries.map(\.meaning) == [2, 1, 3, 6, 5, 4])
    #expect(PhraseIndex.ordered(phrases).map(\.meaning) == [2, 1, 3, 6, 5, 4])
  }

  @Test func phrasesInIndexOrderAreKeptAsGiven() {
    let ordered = PhraseIndex.ordered(phrases)
    #expect(PhraseIndex(ordered).entries.map(\.meaning) == ordered.map(\.meaning))
  }

  @Test func aWordFindsThePhrasesItStartsLongestFirst() {
    let index = PhraseIndex(phrases)
    #expect(index.phrases(startingWith: "project").map(\.meaning) == [1, 3, 6, 5])
    #expect(index.phrases(startingWith: "senior").map(\.meaning) == [4])
    #expect(index.phrases(startingWith: "proj").isEmpty)
    #expect(index.phrases(startingWith: "zzz").isEmpty)
    #expect(PhraseIndex<Int>([]).phrases(startingWith: "project").isEmpty)
  }

  /// The first words are searched by halves, each once: a phrase's group is found whatever
  /// the script, and a word is never matched by its accentless spelling.
  @Test func firstWordsBeyondASCIIFindTheirPhrasesToo() {
    let index = PhraseIndex(phrases + [(["café", "manager"], 7), (["zulu"], 8)])
    #expect(index.phrases(startingWith: "café").map(\.meaning) == [7])
    #expect(index.phrases(startingWith: "project").map(\.meaning) == [1, 3, 6, 5])
    #expect(index.phrases(startingWith: "zulu").map(\.meaning) == [8])
    #expect(index.phrases(startingWith: "cafe").isEmpty)
    #expect(PhraseIndex(phrases).phrases(startingWith: "café").isEmpty)
  }

  @Test func aPhraseMatchesOnlyWholeWithinTheWords() {
    let words = ["a", "senior", "project", "manager"]
    #expect(PhraseIndex<Int>.matches(["project", "manager"], words, at: 2))
    #expect(!PhraseIndex<Int>.matches(["project", "manager"], words, at: 1))
    #expect(!PhraseIndex<Int>.matches(["manager", "role"], words, at: 3))
  }
}
