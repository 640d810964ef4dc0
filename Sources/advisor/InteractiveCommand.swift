import AdvisorCore
import LineEditing

/// The interactive session: `advisor` with no command.
///
/// With a terminal on standard input and output it is a line-editing prompt (`Repl`).
/// Otherwise each line of standard input is a question or meta-command answered in
/// turn, in one conversation, with no prompt and no libedit, so
/// `advisor < questions.txt` reads like a transcript: to the end of the input (a
/// farewell is answered and reading goes on; only `:quit` stops), and with `--json` as
/// one JSON object per answered question, messages going to standard error.
///
/// However the session ends (Ctrl-D, `:quit`, a farewell, SIGINT on piped input,
/// SIGTERM or SIGHUP), a recording is saved and the history written before the process
/// ends; a signal then ends it by that signal.
struct InteractiveCommand {
  let options: Arguments
  let advisor: Advisor

  /// Whether the session goes on after a line.
  enum Step {
    case next, end
  }

  /// Runs the session.
  /// - Returns: 0, or 1 when a recording could not be written (even if it was later
  ///   moved or abandoned), since the user asked for a file the advisor did not write.
  func run() throws(CLIError) -> Int32 {
    let onTerminal = Platform.isTerminal(0) && Platform.isTerminal(1)
    if onTerminal, options.json {
      throw .usage("'--json' is for piped input (advisor --json < questions.txt), not the prompt")
    }
    // Only the prompt remembers the profile; piped input reads like a transcript, and a
    // transcript never depends on what was saved before.
    var memory = onTerminal ? ProfileStore.standard(knowledge: advisor.knowledge) : nil
    var state = SessionState(
      session: Session(advisor: advisor, profile: memory?.load(warn: warn) ?? Profile()), isPrompt: onTerminal
    )
    let repl = onTerminal ? Repl(options: options, knowledge: advisor.knowledge) : nil
    if repl != nil { Output.standard.write(Repl.hint + "\n") }
    let reader: LineReader = repl ?? PlainLineReader(longestLine: Limits.lineBytes)
    let signal = converse(reading: reader, state: &state, memory: &memory)
    if let notice = state.recording.finish() { tell(notice, &state) }
    repl?.finish()
    if let signal { Platform.die(by: signal) }
    return state.recordingFailed ? 1 : 0
  }

  /// Reads and answers lines until the session ends.
  /// - Returns: the signal that ended it, if one did.
  private func converse(reading reader: LineReader, state: inout SessionState, memory: inout ProfileStore?)
    -> Int32?
  {
    while true {
      switch reader.read(prompt: Repl.prompt(for: state.session)) {
      case .line(let line):
        if respond(to: line, in: &state, memory: &memory) == .end { return nil }
      case .interrupted:
        // Ctrl-C abandons the line at the prompt; it ends a run on piped input.
        guard state.isPrompt else { return Platform.interruptSignal }
        Output.standard.write("^C\n")
      case .tooLong:
        warn("advisor: skipped a line longer than \(Limits.lineBytes / 1024) KB")
      case .end:
        if state.isPrompt { Output.standard.write("\n") }
        return nil
      case .terminated(let signal):
        return signal
      }
    }
  }

  /// What the interactive session carries besides the conversation.
  struct SessionState {
    var session: Session
    /// Whether lines come from the prompt rather than piped input.
    let isPrompt: Bool
    var recording = Recording()
    /// Whether a recording could not be written at some point.
    var recordingFailed = false
    /// Questions answered, to number JSON turns.
    var turns = 0
  }

  /// Answers one line: the one place where a session's output becomes text.
  /// - Returns: `.end` after `:quit`, or a farewell at the prompt.
  private func respond(to line: String, in state: inout SessionState, memory: inout ProfileStore?) -> Step {
    let profile = state.session.state.profile
    let output = state.session.handle(line)
    if let notice = state.recording.observe(state.session.recordable(line), output) { tell(notice, &state) }
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
    case .ladder(let diagram):
      say(Output.render(diagram, onTerminal: state.isPrompt))
    case .frontEnd(.quit, _):
      return .end
    case .frontEnd(.record, let path):
      tell(state.recording.start(path, from: state.session.state), &state)
    case .frontEnd(.stop, _):
      tell(state.recording.stop(), &state)
    case .frontEnd, .nothing:
      break
    }
    return .next
  }

  /// Shows a recording's notice: news on standard output, a problem on standard error.
  private func tell(_ notice: Recording.Notice, _ state: inout SessionState) {
    switch notice {
    case .news(let text):
      say(text)
    case .problem(let text):
      warn(text)
      state.recordingFailed = true
    }
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
