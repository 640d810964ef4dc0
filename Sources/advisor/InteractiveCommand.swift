import AdvisorCore

/// The interactive session: `advisor` with no command.
///
/// With a terminal on standard input and output it is a line-editing prompt (`Repl`).
/// Otherwise each line of standard input is a question or meta-command answered in
/// turn, in one conversation, with no prompt and no libedit, so
/// `advisor < questions.txt` reads like a transcript.
struct InteractiveCommand {
  let options: Arguments
  let advisor: Advisor

  /// Whether the session goes on after a line.
  enum Step {
    case next, end
  }

  func run() throws(CLIError) -> Int32 {
    var session = Session(advisor: advisor)
    let onTerminal = Platform.isTerminal(0) && Platform.isTerminal(1)
    guard onTerminal, let repl = Repl(options: options, knowledge: advisor.knowledge) else {
      while let line = readLine(strippingNewline: true), respond(to: line, in: &session) == .next {}
      return 0
    }
    defer { repl.finish() }
    while let line = repl.read(prompt: Repl.prompt(for: session.state, knowledge: advisor.knowledge)),
      respond(to: line, in: &session) == .next
    {}
    return 0
  }

  /// Answers one line: the one place where a session's output becomes text.
  /// - Returns: `.end` after `:quit` or a farewell.
  private func respond(to line: String, in session: inout Session) -> Step {
    switch session.handle(line) {
    case .reply(let reply):
      Output.standard.write(Output.render(reply.answer, options: options) + "\n\n")
      return reply.intent == .farewell ? .end : .next
    case .message(let text), .unknownCommand(let text):
      Output.standard.write(text + "\n\n")
    case .frontEnd(.quit, _):
      return .end
    case .frontEnd:
      // RECORDING: `:record FILE` and `:stop` arrive here; wire the core's
      // TranscriptRecorder in this one place.
      Output.standard.write("(recording is not available yet)\n\n")
    case .nothing:
      break
    }
    return .next
  }
}
