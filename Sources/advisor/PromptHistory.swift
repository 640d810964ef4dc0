import LineEditing

/// The prompt's history file: where it is kept, which lines go into it, and the one
/// warning given when it cannot be kept (the session goes on without it).
struct PromptHistory {
  /// Lines kept between runs; older ones are dropped.
  static let size: Int32 = 1000

  /// The history file, or nil when history is off or cannot be kept.
  let path: String?
  private var hasWarned = false

  /// Finds the history file in the state folder; when history is wanted but cannot be
  /// kept there, says so on standard error.
  /// - Parameter enabled: false for `--no-history`: nothing is read or written.
  init(enabled: Bool) {
    guard enabled else {
      path = nil
      return
    }
    do throws(StateDirectoryError) {
      let file = try StateDirectory.locate() + "/history"
      guard Platform.isWritableFileOrAbsent(file) else {
        path = nil
        warn(.unwritable(path: file))
        return
      }
      path = file
    } catch {
      path = nil
      warn(.off(error))
    }
  }

  /// What a typed line adds to the history: the line without surrounding spaces, or
  /// nil for a blank line or a meta-command such as `:quit`. (A repeat of the previous
  /// entry is dropped by the editor.)
  static func entry(for line: String) -> String? {
    let isSpace = { (character: Character) in character == " " || character == "\t" }
    let text = String(line.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    return text.isEmpty || text.hasPrefix(":") ? nil : text
  }

  /// Reads the saved history into the editor; a missing file is a first run.
  func load(into reader: EditLineReader) {
    if let path { reader.loadHistory(from: path) }
  }

  /// Writes the editor's history to the file, warning (unless already warned) when it
  /// cannot.
  mutating func save(from reader: EditLineReader) {
    guard let path, !reader.saveHistory(to: path) else { return }
    warn(.saveFailed(path: path))
  }

  private mutating func warn(_ warning: HistoryWarning) {
    guard !hasWarned else { return }
    hasWarned = true
    Output.error.write(warning.message + "\n")
  }
}

/// Why the prompt's history is not kept; the text of the one warning, in one place.
enum HistoryWarning {
  case off(StateDirectoryError)
  case unwritable(path: String)
  case saveFailed(path: String)

  var message: String {
    let hint = " (--no-history turns history off)"
    switch self {
    case .off(.noHome):
      return "advisor: history is off: neither XDG_STATE_HOME nor HOME is an absolute path" + hint
    case .off(.unusable(let path)):
      return "advisor: history is off: cannot create or write the folder '\(path)'" + hint
    case .unwritable(let path):
      return "advisor: history is off: cannot write '\(path)'" + hint
    case .saveFailed(let path):
      return "advisor: could not save history to '\(path)'" + hint
    }
  }
}
