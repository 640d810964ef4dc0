/// Phrases of words, each with what it stands for, found by their first word: the names of the
/// entity lexicon and the cues of the cue book.
///
/// The phrases are kept in one array sorted by first word, longer phrases first, and a look-up
/// searches it by halves. Building an index hashes nothing, and the embedded names and cues are
/// generated in this order already, so start-up only checks that they are.
package struct PhraseIndex<Value: Sendable>: Sendable {
  /// A phrase's words and what the phrase stands for.
  package typealias Entry = (words: [String], meaning: Value)

  /// Every phrase, in index order.
  package let entries: [Entry]
  /// Each first word once, in index order, with where its phrases end in `entries`: a search by
  /// halves reads these, where reading an entry's first word copies the entry.
  private let firstWords: SortedWords
  private let groupEnds: [Int]
  /// What a search reads of each phrase before its words, in index order: in one place, where
  /// reading an entry's meaning, then its words' count, then a list of second words' keys cost
  /// a cache miss each, for every phrase a question's word starts.
  private let heads: [Head]

  /// What a search reads of a phrase before its words.
  private struct Head {
    /// The second word's key (`key(of:)`), or `anyWord` for a phrase of one word.
    var secondKey: UInt64
    /// How many words the phrase has.
    var count: Int
    var meaning: Value
  }

  /// The key of a word that is not ASCII, which may be any word: every byte's top bit is set, as
  /// no ASCII word's is.
  static var anyWord: UInt64 { .max }

  /// Indexes `phrases`; each must have at least one word.
  package init(_ phrases: [Entry]) {
    let entries = Self.isOrdered(phrases) ? phrases : Self.ordered(phrases)
    var firstWords: [String] = []
    var groupEnds: [Int] = []
    var heads: [Head] = []
    heads.reserveCapacity(entries.count)
    for (place, entry) in entries.enumerated() {
      if entry.words[0] != firstWords.last {
        firstWords.append(entry.words[0])
        groupEnds.append(place)
      }
      groupEnds[groupEnds.count - 1] = place + 1
      let secondKey = entry.words.count > 1 ? Self.key(of: entry.words[1]) : Self.anyWord
      heads.append(Head(secondKey: secondKey, count: entry.words.count, meaning: entry.meaning))
    }
    self.entries = entries
    self.firstWords = SortedWords(firstWords)
    self.groupEnds = groupEnds
    self.heads = heads
  }

  /// A word's key as phrases are matched: its `SortedWords.key(of:)`, or `anyWord`.
  static func key(of word: String) -> UInt64 {
    SortedWords.key(of: word) ?? anyWord
  }

  /// The phrases in index order: by first word, longer first, and otherwise as given (the
  /// generator writes the embedded phrases in this order).
  package static func ordered(_ phrases: [Entry]) -> [Entry] {
    phrases.enumerated().sorted { a, b in
      precedes(a.element, b.element) || (!precedes(b.element, a.element) && a.offset < b.offset)
    }.map(\.element)
  }

  /// The phrases whose first word is `word`, longer first.
  func phrases(startingWith word: String) -> ArraySlice<Entry> {
    entries[places(startingWith: word)]
  }

  /// Where in `entries` the phrases whose first word is `word` are.
  ///
  /// Places rather than phrases for the searches of every question: reading an entry where it
  /// is stored copies nothing, where walking a slice of entries copies each, its words and all.
  func places(startingWith word: String) -> Range<Int> {
    places(startingWith: word, key: Self.key(of: word))
  }

  /// `places(startingWith:)` for a word whose key is made already.
  func places(startingWith word: String, key: UInt64) -> Range<Int> {
    guard let group = firstWords.index(of: word, key: key == Self.anyWord ? nil : key) else { return 0..<0 }
    return (group == 0 ? 0 : groupEnds[group - 1])..<groupEnds[group]
  }

  /// Whether the phrase at `place`, one of those `places(startingWith: words[index])` gives, is
  /// the run of `words` that starts at `index`: its first word is there already.
  func matches(_ place: Int, _ words: [String], at index: Int) -> Bool {
    let count = heads[place].count
    guard index + count <= words.count else { return false }
    return (1..<count).allSatisfy { entries[place].words[$0] == words[index + $0] }
  }

  /// Whether the phrase at `place` may be the run of words that starts at a word whose next word
  /// has the key `nextKey` (`anyWord` after the last word): most phrases a word starts are not
  /// there, and are told so by their second word's key rather than by comparing strings.
  func mayMatch(_ place: Int, nextKey: UInt64) -> Bool {
    let expected = heads[place].secondKey
    return expected == nextKey || expected == Self.anyWord || nextKey == Self.anyWord
  }

  /// What the phrase at `place` stands for.
  func meaning(at place: Int) -> Value {
    heads[place].meaning
  }

  /// How many words the phrase at `place` has.
  func wordCount(at place: Int) -> Int {
    heads[place].count
  }

  private static func precedes(_ a: Entry, _ b: Entry) -> Bool {
    (a.words[0], b.words.count) < (b.words[0], a.words.count)
  }

  private static func isOrdered(_ phrases: [Entry]) -> Bool {
    zip(phrases, phrases.dropFirst()).allSatisfy { !precedes($1, $0) }
  }
}
