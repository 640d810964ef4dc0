/// A scripted conversation: questions and meta-commands in order, each optionally with
/// the answer and understanding it expects.
///
/// The file format (see the README) is plain text a person writes by hand:
///
///     # A comment.
///     > How much does an engineering manager make?
///     @ intent: salary
///     @ roles: engineering_manager
///     Engineering manager:
///     - $121,560 average salary in 2025 (Payscale, cited by the article)
///
///     > :reset
///
/// `> ` lines are typed; `@ ` lines state expectations on the turn; every other line
/// up to the next `> ` line is the expected answer (trailing blank lines aside).
public struct Transcript: Sendable {
  public let file: String
  public var entries: [Entry]

  /// One typed line with what it expects.
  public struct Entry: Sendable {
    /// The 1-based line of the `> ` line.
    public let line: Int
    /// What is typed, without the `> `.
    public let input: String
    public var expectations: [Expectation]
    /// The expected answer's lines, or `nil` when the transcript gives none.
    public var expectedAnswer: [String]?
    /// Lines (comments, blank lines) that follow the answer, kept for `--update`.
    public var trailing: [String]

    public var isCommand: Bool { input.hasPrefix(":") }
  }

  /// An expectation on a turn's understanding: `@ intent: salary`, `@ roles: cto`.
  public struct Expectation: Sendable, Equatable {
    public let line: Int
    /// `intent`, or an entity kind of the contract.
    public let key: String
    public let values: [String]
  }

  public init(file: String, entries: [Entry], leading: [String] = []) {
    self.file = file
    self.entries = entries
    self.leading = leading
  }

  /// Lines before the first entry (a header comment), kept for `--update`.
  public let leading: [String]
}
