/// What reading one line gave.
public enum LineInput: Equatable, Sendable {
  /// A line, without its newline.
  case line(String)
  /// Ctrl-C: the line being typed is abandoned; the session goes on.
  case interrupted
  /// The end of input: Ctrl-D on an empty line, or the end of a file or pipe.
  case end
  /// SIGTERM or SIGHUP arrived: the session must end now.
  case terminated(signal: Int32)
  /// A line longer than the reader keeps was skipped.
  case tooLong
}

/// Reads lines typed by a person, or given on standard input.
public protocol LineReader: AnyObject {
  /// Shows `prompt` (when the reader shows prompts) and reads the next line.
  func read(prompt: String) -> LineInput
}
