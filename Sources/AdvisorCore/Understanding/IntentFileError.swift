/// What is wrong with an intent file, with where.
public struct IntentFileError: Error, Sendable, Equatable {
  /// What went wrong; turned into text by `description`.
  public enum Problem: Error, Sendable, Equatable {
    case unknownDirective(String)
    case missingColon
    case unknownIntent(String)
    case duplicateIntent(String)
    case missingIntentLine
    case badWeight(String)
    case unknownEntityKind(String)
    case emptyList(String)
    case unreadable(String)
    case noIntentFiles
  }

  public let file: String
  /// 1-based; 0 when the problem is with the whole file.
  public let line: Int
  public let problem: Problem

  public init(file: String, line: Int, problem: Problem) {
    self.file = file
    self.line = line
    self.problem = problem
  }

  /// Whether the files could not be read at all (exit 66) rather than being malformed (65).
  public var isUnreadable: Bool {
    switch problem {
    case .unreadable, .noIntentFiles: true
    default: false
    }
  }
}

extension IntentFileError: FileLocatedError {
  public var problemText: String {
    switch problem {
    case .unknownDirective(let word):
      "unknown directive '\(word)'; expected intent, summary, weight N, requires, excludes or example"
    case .missingColon: "expected 'directive: value' (a colon is missing)"
    case .unknownIntent(let id):
      "unknown intent '\(id)'; the contract's intents are \(IntentID.allCases.map(\.rawValue).joined(separator: ", "))"
    case .duplicateIntent(let id): "intent '\(id)' is already defined in another file"
    case .missingIntentLine: "no 'intent:' line"
    case .badWeight(let text): "'\(text)' is not a weight; write e.g. 'weight 2.5: salary, pay'"
    case .unknownEntityKind(let kind):
      "unknown entity kind '<\(kind)>'; use <role>, <roles>, <reference>, <certification>, <degree>, <discipline>, <industry>, <specialization>, <question> or <amount>"
    case .emptyList(let directive): "'\(directive)' needs at least one term"
    case .unreadable(let reason): "cannot be read: \(reason)"
    case .noIntentFiles: "holds no .intent files"
    }
  }
}
