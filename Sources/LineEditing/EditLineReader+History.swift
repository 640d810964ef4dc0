import CEditLine

extension EditLineReader {
  /// Adds a line to the history that Up and Ctrl-R search, unless it repeats the one
  /// before. (The advisor keeps the history file itself.)
  public func remember(_ line: String) {
    guard let history else { return }
    var event = HistEvent()
    cel_history_enter(history, &event, line)
  }
}
