import AdvisorCore

/// The interactive session: `advisor` with no command.
///
/// With a terminal on standard input and output it is a line-editing prompt (`Repl`).
/// Otherwise each line of standard input is a question or meta-command answered in
/// turn, in one conversation, with no prompt and no libedit, so
/// `advisor < questions.txt` reads like a transcript: to the end of the input (a
/// farewell is answered and reading goes on; only `:quit` stops), and with `--json` as
/// one JSON object per answered question, messages going to standard error.
struct InteractiveCommand {
  let options: Arguments
  let advisor: Advisor

  /// Whether the session goes on after a line.
  enum Step {
    case next, end
  }

  func run() throws(CLIError) -> Int32 {
    let onTerminal = Platform.isTerminal(0) && Platform.isTerminal(1)
    if onTerminal, options.json {
      throw .usage("'--json' is for piped input (advisor --json < questions.txt), not the prompt")
    }
    // Only the prompt remembers the profile; piped input reads like a transcript, and a
    // transcript never depends on what was saved before.
    var memory = onTerminal ? ProfileStore.standard() : nil
    var state = SessionState(
      session: Session(advisor: advisor, profile: memory?.load(warn: warn) ?? Profile()), isPrompt: onTerminal
    )
    defer { if let message = state.recording.finish() { say(message) } }
    guard onTerminal, let repl = Repl(options: options, knowledge: advisor.knowledge) else {
      while let line = readLine(strippingNewline: true),
        respond(to: line, in: &state, memory: &memory) == .next
      {}
      return 0
    }
    defer { repl.finish() }
    while let line = repl.read(prompt: Repl.prompt(for: state.session.state, knowledge: advisor.knowledge)),
      respond(to: line, in: &state, memory: &memory) == .next
    {}
    return 0
  }

  /// What the interactive session carries besides the conversation.
  struct SessionState {
    var session: Session
    /// Whether lines come from the prompt rather than piped input.
    let isPrompt: Bool
    var recording = Recording()
    /// Questions answered, to number JSON turns.
    var turns = 0
  }

  /// Answers one line: the one place where a session's output becomes text.
  /// - Returns: `.end` after `:quit` or a farewell.
  private func respond(to line: String, in state: inout SessionState, memory: inout ProfileStore?) -> Step {
    let profile = state.session.state.profile
    let output = state.session.handle(line)
    state.recording.observe(line, output)
    if state.session.state.profile != profile,
      let saved = memory?.save(state.session.state.profile, warn: warn)
    {
      state.session.adopt(saved)
    }
    switch output {
    case .reply(let reply) where options.json:
      state.turns += 1
      Output.standard.write(TurnJSON.encode(turn: state.turns, reply: reply) + "\n")
    case .reply(let reply):
      Output.standard.write(styled: Output.render(reply.answer, options: options) + "\n\n")
      // A farewell ends the prompt; piped input is read to its end.
      return reply.intent == .farewell && state.isPrompt ? .end : .next
    case .message(let text), .unknownCommand(let text):
      say(text)
    case .frontEnd(.quit, _):
      return .end
    case .frontEnd(.record, let path):
      say(state.recording.start(path, from: state.session.state))
    case .frontEnd(.stop, _):
      say(state.recording.stop())
    case .frontEnd, .nothing:
      break
    }
    return .next
  }

  private func say(_ text: String) {
    if options.json {
      Output.error.write(text + "\n")
    } else {
      Output.standard.write(text + "\n\n")
    }
  }

  private func warn(_ text: String) {
    Output.error.write(text + "\n")
  }
}
