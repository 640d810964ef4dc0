/// Breaks text into lines at spaces so each fits the terminal, and marks the words of
/// the source citation that ends a sentence so they can be styled on every line they
/// reach.
struct WordWrapper {
  /// A word, and whether it belongs to the citation that closes the text.
  struct Word: Equatable {
    let text: String
    let isCitation: Bool
  }

  /// Columns a line may take, or nil for no wrapping.
  let width: Int?

  /// The words of `text`, with the closing citation marked.
  ///
  /// A closing parenthesised group, "(the article)" or "(BLS Occupational Outlook
  /// Handbook (text reproduced on JAProfile))", is the citation: the answers end facts
  /// with their source that way.
  static func words(_ text: String) -> [Word] {
    let start = citationStart(text)
    var words: [Word] = []
    var index = text.startIndex
    while index < text.endIndex {
      guard text[index] != " " else {
        index = text.index(after: index)
        continue
      }
      let end = text[index...].firstIndex(of: " ") ?? text.endIndex
      words.append(Word(text: String(text[index..<end]), isCitation: start.map { index >= $0 } ?? false))
      index = end
    }
    return words
  }

  /// The words laid out in lines of at most `width` columns.
  ///
  /// The first line begins with `lead`, the others with `indent`. A short citation
  /// stays on one line; a word longer than a line gets a line of its own.
  func lines(_ words: [Word], lead: String = "", indent: String = "") -> [(prefix: String, words: [Word])] {
    var lines: [(prefix: String, words: [Word])] = []
    var prefix = lead
    var current: [Word] = []
    var used = lead.displayWidth
    for unit in units(words) {
      let unitWidth = unit.map(\.text.displayWidth).reduce(unit.count - 1, +)
      let needed = unitWidth + (current.isEmpty ? 0 : 1)
      if let width, !current.isEmpty, used + needed > width {
        lines.append((prefix, current))
        prefix = indent
        current = unit
        used = indent.displayWidth + unitWidth
      } else {
        current += unit
        used += needed
      }
    }
    lines.append((prefix, current))
    return lines
  }

  /// The words in the groups that must not be split: each word alone, except that the
  /// citation is one group when it is short enough to fit a line comfortably.
  private func units(_ words: [Word]) -> [[Word]] {
    let citation = words.filter(\.isCitation)
    let citationWidth = citation.map(\.text.displayWidth).reduce(citation.count - 1, +)
    guard citation.count > 1, citationWidth <= min(Self.longestUnbrokenCitation, width ?? .max) else {
      return words.map { [$0] }
    }
    return words.filter { !$0.isCitation }.map { [$0] } + [citation]
  }

  /// Citations up to this many columns are never broken across lines.
  static let longestUnbrokenCitation = 40

  /// Where the closing parenthesised group of `text` starts, if it ends the text and
  /// starts a word.
  private static func citationStart(_ text: String) -> String.Index? {
    guard text.last == ")" else { return nil }
    var depth = 0
    var index = text.endIndex
    while index > text.startIndex {
      index = text.index(before: index)
      if text[index] == ")" { depth += 1 }
      if text[index] == "(" { depth -= 1 }
      if depth == 0 {
        let startsWord = index == text.startIndex || text[text.index(before: index)] == " "
        return startsWord ? index : nil
      }
    }
    return nil
  }
}
