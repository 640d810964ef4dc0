/// What is wrong with a file of `Knowledge/`, with where.
public typealias KnowledgeError = FileLocatedError<KnowledgeProblem>

/// What went wrong in a knowledge file; turned into words by `text`.
public enum KnowledgeProblem: Error, Sendable, Equatable {
  case missingColon
  case unclosedSource
  case unknownKey(String, expected: [String])
  case duplicateKey(String)
  case missingKey(String)
  /// A fact line that names no source, such as `summary: …` without `[article]`.
  case missingSource(String)
  case unknownSource(String)
  /// An id that no file declares, such as a role in `next steps` with no role file.
  case unknownID(kind: String, id: String)
  case duplicateID(kind: String, id: String)
  case badValue(key: String, value: String, expected: String)
  /// A figure is `amount | what it measures | year`, then optionally `| whom it describes`.
  case badFigure(String)
  case emptyValue(String)
  case missingFile(String)
  /// A control character, such as U+0016, that would reach answers raw.
  case controlCharacter(String)
  case unreadable(String)
}

extension KnowledgeProblem: FileProblem {
  /// Whether there is nothing to read (exit 66) rather than a malformed file (65).
  public var isUnreadable: Bool {
    switch self {
    case .unreadable: true
    default: false
    }
  }

  public var text: String {
    switch self {
    case .missingColon: "expected 'key: value' or 'key [source]: value' (a colon is missing)"
    case .unclosedSource: "a '[' opens a source id that no ']' closes"
    case .unknownKey(let key, let expected):
      "unknown key '\(key)'; expected \(expected.joined(separator: ", "))"
    case .duplicateKey(let key): "'\(key)' is given twice; it takes one line"
    case .missingKey(let key): "no '\(key):' line"
    case .missingSource(let key):
      "'\(key)' states a fact without its source; write '\(key) [source id]: …', or '\(key): not in sources'"
    case .unknownSource(let id): "unknown source '\(id)'; every source must be listed in Knowledge/sources"
    case .unknownID(let kind, let id): "unknown \(kind) '\(id)'; no file of Knowledge/ declares it"
    case .duplicateID(let kind, let id): "\(kind) '\(id)' is declared twice"
    case .badValue(let key, let value, let expected): "'\(value)' is not a valid \(key); expected \(expected)"
    case .badFigure(let text):
      "'\(text)' is not a figure; write 'amount | what it measures | year', then optionally '| whom it describes'"
    case .emptyValue(let key): "'\(key)' has no value"
    case .missingFile(let name): "no '\(name)' file"
    case .controlCharacter(let code): "a control character (\(code)) where text belongs; remove it"
    case .unreadable(let reason): "cannot be read: \(reason)"
    }
  }
}
