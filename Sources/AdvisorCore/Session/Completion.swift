/// What Tab completes at the prompt: a meta-command at the start of a line, or a role's
/// name (its title from the knowledge base, never an alias, so each role is listed
/// once) anywhere in a question.
///
/// Pure: the text before the cursor in, the choices out. Role names can be several
/// words, so "what does a principal eng" completes "principal eng" to
/// "principal engineer"; the longest run of trailing words that starts some name wins.
public struct Completion: Sendable, Equatable {
  /// The names that complete the text, sorted; empty when none does.
  public let candidates: [String]
  /// What to insert at the cursor: the part every candidate shares beyond the typed
  /// text, followed by a space when there is only one candidate.
  public let insertion: String

  /// The completion of `text`, the line up to the cursor.
  public init(completing text: String, knowledge: KnowledgeBase) {
    let (typed, names) = Self.choices(for: text, knowledge: knowledge)
    candidates = names
    guard let first = names.first else {
      insertion = ""
      return
    }
    let shared = names.dropFirst().reduce(first) { $0.commonPrefix(with: $1) }
    let rest = String(shared.dropFirst(typed.count))
    insertion = names.count == 1 ? rest + " " : rest
  }

  /// The candidates in columns that fit `width`, filled down then across, one line
  /// each and ending with a newline; empty when there are fewer than two.
  public func listing(width: Int) -> String {
    guard candidates.count > 1 else { return "" }
    let cell = (candidates.map(\.count).max() ?? 0) + 2
    let columns = max(1, width / cell)
    let rows = (candidates.count + columns - 1) / columns
    var lines: [String] = []
    for row in 0..<rows {
      let cells = stride(from: row, to: candidates.count, by: rows).map { candidates[$0] }
      let padded = cells.dropLast().map { $0.padding(cell) } + [cells.last ?? ""]
      lines.append(padded.joined())
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The typed text being completed (lowercased) and the names it starts.
  private static func choices(for text: String, knowledge: KnowledgeBase) -> (String, [String]) {
    let line = String(text.drop { $0 == " " || $0 == "\t" })
    if line.hasPrefix(":") {
      guard !line.contains(" ") else { return ("", []) }
      let typed = line.lowercased()
      return (typed, MetaCommand.allNames.filter { $0.hasPrefix(typed) }.sorted())
    }
    let names = roleNames(knowledge)
    for start in wordStarts(line) {
      let typed = line[start...].lowercased()
      if typed.trimmed().isEmpty { continue }
      let matches = names.filter { $0.hasPrefix(typed) }
      if !matches.isEmpty { return (typed, matches) }
    }
    return ("", [])
  }

  /// Where words begin in `line`, first to last: after a character that is not a
  /// letter or digit.
  private static func wordStarts(_ line: String) -> [String.Index] {
    var starts: [String.Index] = []
    var previous: Character?
    for index in line.indices {
      let character = line[index]
      let isWordCharacter = character.isLetter || character.isNumber
      if isWordCharacter, !(previous.map { $0.isLetter || $0.isNumber } ?? false) {
        starts.append(index)
      }
      previous = character
    }
    return starts
  }

  /// Every role's title, lowercased and sorted.
  private static func roleNames(_ knowledge: KnowledgeBase) -> [String] {
    Set(knowledge.roles.map { $0.title.lowercased() }).sorted()
  }
}

extension String {
  /// The longest start this string shares with `other`, by characters.
  fileprivate func commonPrefix(with other: String) -> String {
    String(zip(self, other).prefix { $0 == $1 }.map(\.0))
  }
}
