import AdvisorCore

/// Why the advisor stops with an error; turned into a message and an exit code in one
/// place (`message` and `exitCode`).
enum CLIError: Error {
  /// The command line is wrong (exit 64, EX_USAGE).
  case usage(String)
  /// A file cannot be read (exit 66, EX_NOINPUT).
  case unreadable(path: String, reason: String)
  /// An intent file is malformed (exit 65, EX_DATAERR).
  case intents(IntentFileError)
  /// A knowledge file is malformed (exit 65) or its folder unreadable (66).
  case knowledge(KnowledgeError)
  /// A transcript is malformed or unreadable.
  case transcript(TranscriptError)

  var exitCode: Int32 {
    switch self {
    case .usage: 64
    case .unreadable: 66
    case .intents(let error): error.isUnreadable ? 66 : 65
    case .knowledge(let error): error.isUnreadable ? 66 : 65
    case .transcript(let error): error.isUnreadable ? 66 : 65
    }
  }

  /// The one-line message for standard error, and a hint for usage errors.
  var message: String {
    switch self {
    case .usage(let text): "advisor: \(text)\nTry 'advisor --help'."
    case .unreadable(let path, let reason): "advisor: cannot read '\(path)': \(reason)"
    case .intents(let error): "advisor: \(error)"
    case .knowledge(let error): "advisor: \(error)"
    case .transcript(let error): "advisor: \(error)"
    }
  }
}
