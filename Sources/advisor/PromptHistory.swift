import AdvisorCore

/// The prompt's history file: where it is kept, which lines go into it, and the one
/// warning given when it cannot be kept (the session goes on without it).
///
/// The file is read and written by the advisor itself (`PromptHistoryFile`) through
/// `AtomicFile`, never by libedit's unchecked `H_SAVE`: a full disk leaves the old file
/// whole. Saving merges, under the state folder's lock, this session's lines into what
/// the file holds by then, so two sessions at once both keep their questions.
struct PromptHistory {
  /// Lines kept between runs; older ones are dropped.
  static let size = 1000

  /// The history file, or nil when history is off or cannot be kept.
  let path: String?
  /// Lines typed in this session, to add to the file when it ends.
  private var added: [String] = []
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
      let folder = try StateDirectory.locate()
      let file = folder + "/history"
      if let status = Platform.status(file), status.kind != .regular {
        path = nil
        warn(.unwritable(path: file))
        return
      }
      path = file
      if !Platform.isWritableDirectory(folder) { warn(.readOnly(path: file)) }
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

  /// The saved lines, oldest first; none on a first run or when the file cannot be read.
  func saved() -> [String] {
    guard let path else { return [] }
    return (try? entries(path)) ?? []
  }

  /// Notes a line typed in this session.
  mutating func add(_ entry: String) {
    if added.last != entry { added.append(entry) }
  }

  /// Adds this session's lines to the file, warning (unless already warned) when it
  /// cannot; a file that exists but cannot be read is left alone rather than replaced.
  mutating func save() {
    guard let path, !added.isEmpty else { return }
    let added = added
    let failure = Platform.withLock(StateDirectory.lockFile(beside: path)) { () -> FileError? in
      do throws(FileError) {
        let merged = PromptHistoryFile.merged(saved: try entries(path), added: added, limit: Self.size)
        try AtomicFile.write(PromptHistoryFile.encode(merged), to: path, permissions: 0o600)
        return nil
      } catch {
        return error
      }
    }
    if let failure {
      warn(.saveFailed(path: path, reason: failure.reason))
    } else {
      self.added = []
    }
  }

  /// The file's entries; none when it does not exist yet.
  private func entries(_ path: String) throws(FileError) -> [String] {
    guard Platform.status(path) != nil else { return [] }
    return PromptHistoryFile.decode(try Platform.readFile(path, limit: Limits.fileBytes))
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
  case readOnly(path: String)
  case saveFailed(path: String, reason: String)

  var message: String {
    let hint = " (--no-history turns history off)"
    switch self {
    case .off(.noHome):
      return "advisor: history is off: neither XDG_STATE_HOME nor HOME is an absolute path" + hint
    case .off(.unusable(let path)):
      return "advisor: history is off: cannot create the folder '\(path)'" + hint
    case .unwritable(let path):
      return "advisor: history is off: cannot write '\(path)'" + hint
    case .readOnly(let path):
      return "advisor: history is read-only: '\(path)' is kept, but this session's lines will not be"
        + hint
    case .saveFailed(let path, let reason):
      return "advisor: could not save history to '\(path)' (\(reason)); the file is as it was" + hint
    }
  }
}
