/// What is wrong with a transcript file, with where.
///
/// Cases carry data, not prose; `description` renders the one message, which quotes the
/// file and line so an editor can jump there.
public struct TranscriptError: Error, Sendable, Equatable {
  /// The kinds of problem, each with what the file said.
  public enum Problem: Sendable, Equatable {
    case unreadable(String)
    case noTranscripts
    case invalidUTF8
    case noQuestions
    case carriageReturn
    case emptyInput
    case unknownCommand(String)
    case afterQuit
    case textBeforeQuestion
    case expectationOutsideTurn
    case misplacedExpectation
    case expectationOnCommand
    case duplicateExpectation(String)
    case unknownExpectation(String)
    case missingIntent
    case unknownIntent(String)
    case unknownEntity(kind: EntityKind, id: String)
  }

  public let file: String
  /// 1-based; 0 for the whole file.
  public let line: Int
  public let problem: Problem

  /// Creates an error at `line` of `file` (0 for the whole file).
  public init(file: String, line: Int, problem: Problem) {
    self.file = file
    self.line = line
    self.problem = problem
  }

  /// Whether there is nothing to read (exit 66, EX_NOINPUT) rather than a malformed
  /// file (65, EX_DATAERR).
  public var isUnreadable: Bool {
    switch problem {
    case .unreadable, .noTranscripts: true
    default: false
    }
  }
}

extension TranscriptError: FileLocatedError {
  public var problemText: String {
    switch problem {
    case .unreadable(let reason): "cannot be read: \(reason)"
    case .noTranscripts: "holds no transcripts (*.transcript files)"
    case .invalidUTF8: "is not valid UTF-8; save the file as UTF-8"
    case .noQuestions: "has no '> ' lines; a transcript needs at least one question"
    case .carriageReturn: "has a CRLF line end (carriage return); save the file with LF line ends"
    case .emptyInput: "a '>' line needs a question or a :command after it"
    case .unknownCommand(let name): Self.unknown("command", name, among: MetaCommand.allNames)
    case .afterQuit: "nothing runs after ':quit'; remove these lines or the ':quit'"
    case .textBeforeQuestion: "answer text before the first '> ' question; start comments with '#'"
    case .expectationOutsideTurn: "an '@' expectation must follow a '> ' question"
    case .misplacedExpectation:
      "an '@' expectation must come right under its question; write '\\@' for answer text starting with '@'"
    case .expectationOnCommand:
      "a meta-command has no intent or entities to expect; expect its output instead"
    case .duplicateExpectation(let key):
      "a second '@ \(key):' for the same question; list the ids on one line"
    case .unknownExpectation(let key):
      "unknown expectation '@ \(key):'; use intent, an entity kind "
        + "(\(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))) or pending"
    case .missingIntent: "'@ intent:' needs an intent id (several mean any of them)"
    case .unknownIntent(let id):
      Self.unknown("intent", id, among: IntentID.allCases.map(\.rawValue))
    case .unknownEntity(let kind, let id):
      Self.unknown("\(kind.singular) id", id, among: TranscriptParser.knownIDs(kind))
    }
  }

  /// "unknown intent 'salry'; did you mean 'salary'?" when a name is within two edits,
  /// else the list of names.
  private static func unknown(_ what: String, _ word: String, among names: [String]) -> String {
    if let best = NameSuggestion.closest(to: word, among: names) {
      return "unknown \(what) '\(word)'; did you mean '\(best)'?"
    }
    return "unknown \(what) '\(word)'; use one of \(names.joined(separator: ", "))"
  }
}
