/// What one line typed into a session produces.
public enum SessionOutput: Sendable {
  /// The answer to a question.
  case reply(Reply)
  /// The output of a meta-command, as plain text.
  case message(String)
  /// A meta-command the front end carries out itself (quitting, recording).
  case frontEnd(MetaCommand, argument: String)
  /// An unknown meta-command; the text says which ones exist.
  case unknownCommand(String)
  /// An empty line: nothing to do.
  case nothing
}

/// A conversation with the advisor, one line at a time: the part the interactive
/// prompt, `advisor replay` and `advisor check` share.
public struct Session {
  public let advisor: Advisor
  public private(set) var state: ConversationState

  public init(advisor: Advisor, profile: Profile = Profile()) {
    self.advisor = advisor
    self.state = ConversationState(profile: profile)
  }

  /// Handles one typed line: a question, or a meta-command starting with `:`.
  public mutating func handle(_ line: String) -> SessionOutput {
    let text = line.trimmed()
    if text.isEmpty { return .nothing }
    guard text.hasPrefix(":") else { return .reply(advisor.respond(to: text, state: &state)) }
    guard let (command, argument) = MetaCommand.parse(text) else {
      return .unknownCommand(
        "Unknown command '\(text.prefix { $0 != " " })'. Commands: \(MetaCommand.allNames.joined(separator: ", "))."
      )
    }
    switch command {
    case .reset:
      state.reset()
      return .message("Started afresh. (Your profile is kept; :forget erases it.)")
    case .forget:
      state.profile = Profile()
      return .message("Your profile is erased.")
    case .context: return .message(ContextReport.context(state, knowledge: advisor.knowledge))
    case .profile: return .message(ContextReport.profile(state.profile, knowledge: advisor.knowledge))
    case .help: return .message(ContextReport.help())
    case .quit, .record, .stop: return .frontEnd(command, argument: argument)
    }
  }
}
