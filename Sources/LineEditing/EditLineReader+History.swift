import CEditLine

extension EditLineReader {
  /// Adds a line to the history, unless it repeats the one before.
  public func remember(_ line: String) {
    guard let history else { return }
    var event = HistEvent()
    cel_history_enter(history, &event, line)
  }

  /// Reads a history file written by `saveHistory`; false when it is missing or
  /// unreadable (a first run), which is not an error.
  @discardableResult
  public func loadHistory(from path: String) -> Bool {
    guard let history else { return false }
    var event = HistEvent()
    return cel_history_load(history, &event, path) >= 0
  }

  /// Writes the history (at most `historySize` lines) to `path`, replacing the file in
  /// one step; false when it cannot be written.
  ///
  /// The file is libedit's own format (a `_HiStOrY_V2_` header, vis(3)-encoded lines),
  /// mode 0600. Two sessions at once: the last to end wins.
  public func saveHistory(to path: String) -> Bool {
    guard let history else { return false }
    var event = HistEvent()
    return cel_history_save_replacing(history, &event, path) == 0
  }
}
