/// What one line typed into a session produces.
public enum SessionOutput: Sendable {
  /// The answer to a question.
  case reply(Reply)
  /// The output of a meta-command, as plain text.
  case message(String)
  /// A meta-command the front end carries out itself (quitting, recording).
  case frontEnd(MetaCommand, argument: String)
  /// The career ladder (`:ladder`), for the front end to lay out at its width.
  case ladder(LadderDiagram)
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
  /// The quiz under way, if any (`:quiz`).
  public internal(set) var quiz: Quiz?
  /// How many quizzes this session started, which seeds the next one given no seed.
  var quizzesStarted = 0
  /// The last answer, for `:why` and `:sources`.
  public private(set) var lastReply: Reply?

  public init(advisor: Advisor, profile: Profile = Profile()) {
    self.advisor = advisor
    self.state = ConversationState(profile: profile)
  }

  /// Replaces the user's profile, for a front end that merged it with what another
  /// session saved meanwhile.
  public mutating func adopt(_ profile: Profile) {
    state.profile = profile
  }

  /// Handles one typed line: a question, or a meta-command starting with `:`.
  public mutating func handle(_ line: String) -> SessionOutput {
    let text = Self.typedText(line)
    if text.isEmpty { return .nothing }
    guard text.hasPrefix(":") else {
      if quiz != nil { return .message(answerQuiz(text)) }
      return respond(to: text)
    }
    guard let (command, argument) = MetaCommand.parse(text) else {
      return .unknownCommand(
        "Unknown command '\(text.prefix { $0 != " " })'. Commands: \(MetaCommand.allNames.joined(separator: ", "))."
      )
    }
    if command != .record, command != .quiz, !(command == .sources && argument.lowercased() == "all"),
      !argument.isEmpty
    {
      return .message(
        "':\(command.rawValue)' takes nothing after it (not '\(argument)'); type ':\(command.rawValue)' alone."
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
    case .quiz: return .message(quizCommand(argument))
    case .ladder: return .ladder(LadderDiagram(advisor: advisor, profile: state.profile))
    case .why: return .message(lastReply.map(WhyReport.why) ?? Self.nothingYet)
    case .sources where !argument.isEmpty: return .message(WhyReport.allSources(advisor.knowledge))
    case .sources: return .message(lastReply.map(WhyReport.sources) ?? Self.nothingYet)
    case .record where quiz != nil:
      // A recording replays from its first line: it cannot start with an answer.
      return .message("Recording starts outside a quiz: answer its questions, or type :quiz stop, first.")
    case .quit, .record, .stop: return .frontEnd(command, argument: argument)
    }
  }

  static let nothingYet =
    "Ask a question first: :why and :sources are about the last answer. (:sources all lists every source.)"

  /// Answers a question, unless it asks where the last answer's facts come from ("what are
  /// your sources?"): that is answered as `:sources` is.
  private mutating func respond(to text: String) -> SessionOutput {
    let reply = advisor.respond(to: text, state: &state)
    if reply.analysis.cues.has(.asksSources), let last = lastReply {
      return .message(WhyReport.sources(of: last))
    }
    lastReply = reply
    return .reply(reply)
  }

  /// What a session reads in a typed line: control characters (a carriage return
  /// pasted inside a line, an escape typed with Ctrl-V) become spaces, and surrounding
  /// spaces go.
  ///
  /// A recording writes this text, so it replays as it was answered and a transcript
  /// never holds a control character.
  public static func typedText(_ line: String) -> String {
    guard line.unicodeScalars.contains(where: isControl) else { return line.trimmed() }
    let scalars = line.unicodeScalars.map { isControl($0) ? " " : $0 }
    return String(String.UnicodeScalarView(scalars)).trimmed()
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
