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

  /// The searches read a phrase's meaning and count of words from its head, apart from its
  /// entry: the two agree, for the phrases given and for the cue book's.
  @Test func aPhrasesHeadAgreesWithItsEntry() {
    let index = PhraseIndex(phrases)
    #expect(index.entries.indices.map(index.meaning) == index.entries.map(\.meaning))
    #expect(index.entries.indices.map(index.wordCount) == index.entries.map(\.words.count))
    let cues = IntentLibrary.embedded().cues.phrases
    #expect(cues.entries.indices.map(cues.meaning) == cues.entries.map(\.meaning))
    #expect(cues.entries.indices.map(cues.wordCount) == cues.entries.map(\.words.count))
  }

  @Test func aPhraseMatchesOnlyWholeWithinTheWords() {
    let index = PhraseIndex(phrases)
    let words = ["a", "senior", "project", "manager"]
    let matching = { (at: Int) in
      index.places(startingWith: words[at]).filter { index.matches($0, words, at: at) }
        .map { index.entries[$0].meaning }
    }
    #expect(matching(1) == [4])
    #expect(matching(2) == [1, 6, 5])
    #expect(matching(3) == [])
    let alone = index.places(startingWith: "project").map { index.matches($0, ["project"], at: 0) }
    #expect(alone == [false, false, false, true])
  }

  /// The second word's key rules out only phrases that are not there: whatever the words, ASCII
  /// or not, a phrase that matches may match.
  @Test func aPhraseThatMatchesIsNotRuledOutByItsSecondWordsKey() {
    let index = PhraseIndex(phrases + [(["café", "manager"], 7), (["project", "café"], 8)])
    let words = ["a", "senior", "project", "manager", "café", "manager", "project", "café", "project"]
    for at in words.indices {
      let nextKey = at + 1 < words.count ? PhraseIndex<Int>.key(of: words[at + 1]) : PhraseIndex<Int>.anyWord
      for place in index.places(startingWith: words[at]) where index.matches(place, words, at: at) {
        #expect(index.mayMatch(place, nextKey: nextKey), "\(index.entries[place].words) at \(at)")
      }
    }
    let engineer = PhraseIndex<Int>.key(of: "engineer")
    let mayMatch = index.places(startingWith: "project").filter { index.mayMatch($0, nextKey: engineer) }
    #expect(Set(mayMatch.map { index.entries[$0].meaning }) == [3, 5, 8])
  }
}
