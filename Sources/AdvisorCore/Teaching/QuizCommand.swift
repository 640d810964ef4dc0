/// What `:quiz` is asked to do: `:quiz [topic] [--seed N]` starts a quiz, `:quiz stop`
/// ends one.
enum QuizCommand: Equatable {
  case start(topic: QuizQuestion.Topic?, seed: UInt64?)
  case stop

  /// Why the words after `:quiz` make no command.
  enum Problem: Error, Equatable {
    case missingSeed
    case badSeed(String)
    case unknownTopic(String)
    case extraWord(String)

    /// The message shown, with the command's usage.
    var message: String {
      let usage =
        "Usage: :quiz [\(QuizQuestion.Topic.allCases.map(\.rawValue).joined(separator: "|"))] [--seed N]"
      switch self {
      case .missingSeed: return "'--seed' needs a number after it. \(usage)"
      case .badSeed(let text): return "'--seed' takes a whole number from 0, not '\(text)'. \(usage)"
      case .unknownTopic(let word): return "There is no quiz topic '\(word)'. \(usage)"
      case .extraWord(let word): return "':quiz' takes one topic, not also '\(word)'. \(usage)"
      }
    }
  }

  /// Parses the words after `:quiz`.
  static func parse(_ argument: String) throws(Problem) -> QuizCommand {
    var words = argument.split(separator: " ").map(String.init)[...]
    if words.first == "stop", words.count == 1 { return .stop }
    var topic: QuizQuestion.Topic?
    var seed: UInt64?
    while let word = words.popFirst() {
      if word == "--seed" {
        guard let value = words.popFirst() else { throw .missingSeed }
        guard let number = UInt64(value) else { throw .badSeed(value) }
        seed = number
      } else if let prefix = word.firstIndex(of: "="), word[..<prefix] == "--seed" {
        let value = String(word[word.index(after: prefix)...])
        guard let number = UInt64(value) else { throw .badSeed(value) }
        seed = number
      } else if topic != nil {
        throw .extraWord(word)
      } else {
        guard let named = QuizQuestion.Topic(rawValue: word.lowercased()) else { throw .unknownTopic(word) }
        topic = named
      }
    }
    return .start(topic: topic, seed: seed)
  }
}
