/// What is wrong with a transcript file, with where.
public typealias TranscriptError = FileLocatedError<TranscriptProblem>

/// The kinds of problem, each with what the file said.
public enum TranscriptProblem: Error, Sendable, Equatable {
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
  case badProfile(String)
  case misplacedExpectation
  case expectationOnCommand
  case duplicateExpectation(String)
  case unknownExpectation(String)
  case missingIntent
  case unknownIntent(String, known: [String])
  case unknownEntity(kind: EntityKind, id: String, known: [String])
}

extension TranscriptProblem: FileProblem {
  /// Whether there is nothing to read (exit 66) rather than a malformed file (65).
  public var isUnreadable: Bool {
    switch self {
    case .unreadable, .noTranscripts: true
    default: false
    }
  }

  public var text: String {
    switch self {
    case .unreadable(let reason): "cannot be read: \(reason)"
    case .noTranscripts: "holds no transcripts (*.transcript files)"
    case .invalidUTF8: "is not valid UTF-8; save the file as UTF-8"
    case .noQuestions: "has no '> ' lines; a transcript needs at least one question"
    case .carriageReturn: "has a CRLF line end (carriage return); save the file with LF line ends"
    case .emptyInput: "a '>' line needs a question or a :command after it"
    case .unknownCommand(let name): Self.unknown("command", name, among: MetaCommand.allNames)
    case .afterQuit: "nothing runs after ':quit'; remove these lines or the ':quit'"
    case .textBeforeQuestion: "answer text before the first '> ' question; start comments with '#'"
    case .expectationOutsideTurn:
      "an '@' expectation must follow a '> ' question ('@ profile:' lines come before the first)"
    case .badProfile(let reason):
      "'@ profile:' \(reason); write it as in the profile file ('@ profile: years: 3')"
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
    case .unknownIntent(let id, let known):
      Self.unknown("intent", id, among: known)
    case .unknownEntity(let kind, let id, let known):
      Self.unknown("\(kind.singular) id", id, among: known)
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
