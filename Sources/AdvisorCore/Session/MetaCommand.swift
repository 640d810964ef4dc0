/// A command typed at the prompt or in a transcript, starting with `:`.
public enum MetaCommand: String, CaseIterable, Sendable {
  case help, quit, reset, context, profile, forget, why, sources, ladder, quiz, record, stop

  /// One line on what the command does, for `:help` and for the unknown-command message.
  public var summary: String {
    switch self {
    case .help: "show what you can ask, with examples"
    case .quit: "leave the advisor"
    case .reset: "start the conversation afresh (the profile stays)"
    case .context: "show what the advisor carries from earlier turns"
    case .profile: "show what you have told the advisor about yourself"
    case .forget: "erase your profile"
    case .why: "explain how the last question was understood and answered"
    case .sources:
      "list the sources of the last answer, with their addresses; :sources all lists every source"
    case .ladder: "draw the career ladder, marking your role and goal"
    case .quiz: "test yourself: :quiz [reporting|steps|certifications|pay] [--seed N]; :quiz stop ends it"
    case .record: "record the rest of the session as a transcript: :record FILE"
    case .stop: "stop recording"
    }
  }

  /// Every command as typed, for example ":help".
  public static var allNames: [String] { allCases.map { ":" + $0.rawValue } }

  /// Parses a line that starts with `:` into a command and its argument.
  /// - Returns: `nil` when the word after `:` is not a command.
  public static func parse(_ line: String) -> (command: MetaCommand, argument: String)? {
    let body = line.trimmed().dropFirst()
    let word = body.prefix { $0 != " " }
    let argument = body.dropFirst(word.count).trimmed()
    let aliases: [String: MetaCommand] = ["q": .quit, "exit": .quit, "h": .help, "?": .help]
    guard let command = MetaCommand(rawValue: word.lowercased()) ?? aliases[word.lowercased()] else {
      return nil
    }
    return (command, argument)
  }
}
