import AdvisorCore
import LineEditing

/// The interactive prompt on a terminal: line editing (emacs keys, or the user's
/// ~/.editrc), history kept between runs, Tab completion of meta-commands and role
/// names, Ctrl-C to abandon a line, Ctrl-D to leave.
final class Repl: LineReader {
  private let reader: EditLineReader
  private var history: PromptHistory

  /// Opens the prompt on the terminal and loads the history; nil when libedit cannot
  /// start (the caller then reads plain lines).
  init?(options: Arguments, knowledge: KnowledgeBase) {
    let completer: LineCompleter = { text, columns in
      Self.complete(text, columns: columns, knowledge: knowledge)
    }
    guard
      let reader = EditLineReader(
        program: "advisor", historySize: Int32(PromptHistory.size), completer: completer)
    else { return nil }
    self.reader = reader
    history = PromptHistory(enabled: options.history)
    for entry in history.saved() { reader.remember(entry) }
  }

  /// Shows the prompt and reads the next line typed, noting it for the history.
  func read(prompt: String) -> LineInput {
    let input = reader.read(prompt: prompt)
    if case .line(let line) = input, let entry = PromptHistory.entry(for: line) {
      reader.remember(entry)
      history.add(entry)
    }
    return input
  }

  /// Saves the history and gives the terminal back; call once, when the session ends.
  func finish() {
    history.save()
    reader.close()
  }

  /// The prompt: `advisor> `, or `advisor (engineering director)> ` while a role is
  /// under discussion; after a comparison, both roles
  /// (`advisor (engineering manager, engineering director)> `), and past two, how many more.
  ///
  /// During a quiz, which question is being asked (`advisor (quiz, question 2 of 5)> `).
  static func prompt(for session: Session) -> String {
    if let quiz = session.quiz { return "advisor (quiz, \(quiz.position))> " }
    let state = session.state
    let knowledge = session.advisor.knowledge
    let names = state.roles.compactMap { knowledge.role($0)?.title }.map(lowercasingFirst)
    guard !names.isEmpty else { return "advisor> " }
    let more = names.count > 2 ? " and \(names.count - 2) more" : ""
    return "advisor (\(names.prefix(2).joined(separator: ", "))\(more))> "
  }

  /// The line shown once above the first prompt, so a new user knows where to start.
  static let hint =
    "Ask about engineering-management careers in your own words; :help shows examples, Ctrl-D leaves."

  /// "Engineering director" → "engineering director"; "VP of engineering" stays.
  private static func lowercasingFirst(_ title: String) -> String {
    guard let first = title.first, title.dropFirst().first?.isLowercase ?? false else { return title }
    return first.lowercased() + title.dropFirst()
  }

  /// What Tab does: the core's completion, with the choices laid out for the terminal.
  private static func complete(_ text: String, columns: Int, knowledge: KnowledgeBase) -> LineCompletion {
    let completion = Completion(completing: text, knowledge: knowledge)
    let listing =
      completion.candidates.count > 1 ? completion.listing(width: columns > 0 ? columns : 80) : nil
    return LineCompletion(insertion: completion.insertion, listing: listing)
  }
}
