/// What is wrong with an intent file, with where.
public typealias IntentFileError = FileLocatedError<IntentFileProblem>

/// What went wrong; turned into text by `description`.
public enum IntentFileProblem: Error, Sendable, Equatable {
  case unknownDirective(String)
  case missingColon
  /// An intent named in `related:` or `when it is …:` that no file defines.
  case unknownIntent(String)
  /// An `intent:` value that is not lowercase letters, digits and `_`.
  case badIntentID(String)
  /// An `order:` value that is not a whole number.
  case badOrder(String)
  case duplicateIntent(String)
  case missingIntentLine
  case badWeight(String)
  /// A `weight:` line of an examples file that is not a whole number from 1 to 9.
  case badExampleWeight(String)
  case unknownEntityKind(String)
  case emptyList(String)
  case unreadable(String)
  case noIntentFiles
  /// A cue file's line names no known cue.
  case unknownCue(String, expected: [String])
  /// A control character, such as U+0016, that would reach answers raw.
  case controlCharacter(String)
  /// A `context:` value that is not a known way of using the conversation.
  case unknownContextUse(String)
  /// A contraction line is not `contraction: short = long`.
  case badContraction(String)
}

extension IntentFileProblem: FileProblem {
  /// Whether there is nothing to read (exit 66) rather than a malformed file (65).
  public var isUnreadable: Bool {
    switch self {
    case .unreadable, .noIntentFiles: true
    default: false
    }
  }

  public var text: String {
    switch self {
    case .unknownDirective(let word):
      "unknown directive '\(word)'; expected intent, summary, weight N, requires, excludes, related, context, when it is a degree, when it is a certification, when it is a specialization, order, reply or example"
    case .missingColon: "expected 'directive: value' (a colon is missing)"
    case .unknownIntent(let id): "unknown intent '\(id)'; no intent file defines it"
    case .badIntentID(let id):
      "'\(id)' is not an intent id; use lowercase letters, digits and '_', e.g. 'work_life'"
    case .badOrder(let text): "'\(text)' is not an order; write a whole number, e.g. 'order: 3'"
    case .duplicateIntent(let id): "intent '\(id)' is already defined in another file"
    case .missingIntentLine: "no 'intent:' line"
    case .badWeight(let text): "'\(text)' is not a weight; write e.g. 'weight 2.5: salary, pay'"
    case .badExampleWeight(let text):
      "'\(text)' is not an example weight; write a whole number from 1 to 9, e.g. 'weight: 2'"
    case .unknownEntityKind(let kind):
      "unknown entity kind '<\(kind)>'; use <role>, <roles>, <reference>, <certification>, <degree>, <discipline>, <industry>, <specialization>, <question> or <amount>"
    case .emptyList(let directive): "'\(directive)' needs at least one term"
    case .unreadable(let reason): "cannot be read: \(reason)"
    case .noIntentFiles: "holds no .intent files"
    case .unknownCue(let key, let expected):
      "unknown cue '\(key)'; expected \(expected.joined(separator: ", ")), contraction or number words"
    case .controlCharacter(let code): "a control character (\(code)) where text belongs; remove it"
    case .unknownContextUse(let name):
      "unknown context use '\(name)'; expected \(ContextUse.allCases.map(\.rawValue).joined(separator: ", "))"
    case .badContraction(let text): "'\(text)' is not a contraction; write e.g. 'contraction: i'm = i am'"
    }
  }
}
