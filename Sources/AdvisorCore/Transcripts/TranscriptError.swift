/// What is wrong with a transcript file, with where.
public struct TranscriptError: Error, Sendable, Equatable {
  public enum Problem: Sendable, Equatable {
    case unreadable(String)
    case invalidUTF8
    case carriageReturn
    case unknownCommand(String)
    case unknownIntent(String)
    case unknownExpectation(String)
    case unknownEntity(kind: String, id: String)
    case expectationOutsideTurn
    case noTranscripts
  }

  public let file: String
  /// 1-based; 0 for the whole file.
  public let line: Int
  public let problem: Problem

  public init(file: String, line: Int, problem: Problem) {
    self.file = file
    self.line = line
    self.problem = problem
  }

  /// Whether the file could not be read at all (exit 66) rather than being malformed (65).
  public var isUnreadable: Bool {
    switch problem {
    case .unreadable, .noTranscripts: true
    default: false
    }
  }
}

extension TranscriptError: CustomStringConvertible {
  public var description: String {
    (line > 0 ? "\(file):\(line): " : "\(file): ") + problemText
  }

  private var problemText: String {
    switch problem {
    case .unreadable(let reason): "cannot be read: \(reason)"
    case .invalidUTF8: "is not valid UTF-8"
    case .carriageReturn: "has a CRLF line end; save the file with LF line ends"
    case .unknownCommand(let name):
      "unknown command '\(name)'; commands are \(MetaCommand.allNames.joined(separator: ", "))"
    case .unknownIntent(let id):
      "unknown intent '\(id)'; intents are \(IntentID.allCases.map(\.rawValue).joined(separator: ", "))"
    case .unknownExpectation(let key):
      "unknown expectation '@ \(key):'; use intent or an entity kind (\(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")))"
    case .unknownEntity(let kind, let id): "unknown \(kind) id '\(id)'"
    case .expectationOutsideTurn: "an '@' expectation must follow a '> ' question"
    case .noTranscripts: "holds no transcripts (*.transcript)"
    }
  }
}
