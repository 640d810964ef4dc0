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
  /// halves reads these plain strings, where reading an entry's first word copies the entry.
  private let firstWords: [String]
  private let groupEnds: [Int]

  /// Indexes `phrases`; each must have at least one word.
  package init(_ phrases: [Entry]) {
    let entries = Self.isOrdered(phrases) ? phrases : Self.ordered(phrases)
    var firstWords: [String] = []
    var groupEnds: [Int] = []
    for (place, entry) in entries.enumerated() {
      if entry.words[0] != firstWords.last {
        firstWords.append(entry.words[0])
        groupEnds.append(place)
      }
      groupEnds[groupEnds.count - 1] = place + 1
    }
    self.entries = entries
    self.firstWords = firstWords
    self.groupEnds = groupEnds
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
    let group = firstWords.partitionPoint { $0 >= word }
    guard group < firstWords.count, firstWords[group] == word else { return entries[0..<0] }
    return entries[(group == 0 ? 0 : groupEnds[group - 1])..<groupEnds[group]]
  }

  /// Whether `phrase` is the run of `words` that starts at `index`.
  static func matches(_ phrase: [String], _ words: [String], at index: Int) -> Bool {
    index + phrase.count <= words.count && words.hasRun(phrase, at: index)
  }

  private static func precedes(_ a: Entry, _ b: Entry) -> Bool {
    (a.words[0], b.words.count) < (b.words[0], a.words.count)
  }

  private static func isOrdered(_ phrases: [Entry]) -> Bool {
    zip(phrases, phrases.dropFirst()).allSatisfy { !precedes($1, $0) }
  }
}
