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
/// `@ profile: key: value` lines before the first question give the profile the
/// conversation starts with (as a recording made with a saved profile notes it), in the
/// profile file's `key: value` form. `> ` lines are typed; `@ ` lines right under a
/// question state expectations on its
/// turn (`@ pending: why` marks a turn known to be answered wrongly); every other line
/// up to the next `> ` line, from the first to the last line of text, is the expected
/// answer, except `#` comments. An answer line that would start
/// with `>`, `#`, `@` or `\`, or a blank first or last answer line, is written with a
/// leading `\` (see `TranscriptRenderer.escaped(_:)`).
public struct Transcript: Sendable, Equatable {
  /// The path the transcript was read from, for messages.
  public let file: String
  /// The file's lines without their line ends; `--update` splices new answers into them.
  public let lines: [String]
  /// The typed lines in order.
  public let entries: [Entry]
  /// The profile the conversation starts with (`@ profile:` lines); usually empty.
  public let profile: Profile

  /// Creates a transcript from parsed parts (see `TranscriptParser`).
  public init(file: String, lines: [String], entries: [Entry], profile: Profile = Profile()) {
    self.file = file
    self.lines = lines
    self.entries = entries
    self.profile = profile
  }

  /// One typed line with what it expects.
  public struct Entry: Sendable, Equatable {
    /// The 1-based line of the `> ` line.
    public let line: Int
    /// What is typed, without the `> `.
    public let input: String
    /// The `@` lines under the question.
    public let expectations: [Expectation]
    /// The expected answer's lines (unescaped), or `nil` when the transcript gives none.
    public let expectedAnswer: [String]?
    /// The 0-based lines of `Transcript.lines` the answer spans; when there is no
    /// answer, an empty range where one would be written.
    public let answerLines: Range<Int>
    /// Comments between the answer's lines, kept when `--update` rewrites it.
    public let answerComments: [String]

    /// Creates an entry; `TranscriptParser` is the usual source.
    init(
      line: Int, input: String, expectations: [Expectation] = [], expectedAnswer: [String]? = nil,
      answerLines: Range<Int>, answerComments: [String] = []
    ) {
      self.line = line
      self.input = input
      self.expectations = expectations
      self.expectedAnswer = expectedAnswer
      self.answerLines = answerLines
      self.answerComments = answerComments
    }

    /// Whether the line is a meta-command (`> :reset`) rather than a question.
    public var isCommand: Bool { input.hasPrefix(":") }

    /// Whether the turn is marked `@ pending`: known to be understood or answered
    /// wrongly, so it is replayed but neither counted nor given an answer by `--update`.
    public var isPending: Bool { expectations.contains { $0.subject == .pending } }

    /// Whether `advisor check` counts this turn: it expects an answer or an
    /// understanding, and is not pending.
    public var isChecked: Bool { !isPending && (expectedAnswer != nil || !expectations.isEmpty) }
  }

  /// An expectation on a turn's understanding: `@ intent: salary`, `@ roles: cto`.
  public struct Expectation: Sendable, Equatable {
    /// What an expectation constrains.
    public enum Subject: Sendable, Equatable, Hashable {
      /// The turn's intent: one of the listed ids.
      case intent
      /// The turn's entities of one kind: exactly the listed ids, in order.
      case entities(EntityKind)
      /// Not an expectation: the turn is a known problem; the value says what is wrong.
      case pending

      /// The key as written before the colon: `intent`, `roles`, `degrees`...
      public var key: String {
        switch self {
        case .intent: "intent"
        case .entities(let kind): kind.rawValue
        case .pending: "pending"
        }
      }
    }

    /// The 1-based line of the `@` line.
    public let line: Int
    public let subject: Subject
    /// The ids after the colon; for entities, an empty list expects none; for
    /// `pending`, the reason as one value.
    public let values: [String]

    /// Creates an expectation.
    init(line: Int, subject: Subject, values: [String]) {
      self.line = line
      self.subject = subject
      self.values = values
    }
  }
}
