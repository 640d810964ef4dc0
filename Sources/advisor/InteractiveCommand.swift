import AdvisorCore

/// The interactive prompt. Without a terminal on standard input, each line is a
/// question answered in turn, so `advisor < questions.txt` works like a transcript.
struct InteractiveCommand {
  let options: Arguments
  let advisor: Advisor

  func run() throws(CLIError) -> Int32 {
    var session = Session(advisor: advisor)
    let interactive = Platform.isTerminal(0)
    while true {
      if interactive { Output.standard.write("> ") }
      guard let line = readLine(strippingNewline: true) else { break }
      switch session.handle(line) {
      case .reply(let reply):
        Output.standard.write(Output.render(reply.answer, options: options) + "\n\n")
        if reply.intent == .farewell { return 0 }
      case .message(let text):
        Output.standard.write(text + "\n\n")
      case .unknownCommand(let text):
        Output.standard.write(text + "\n\n")
      case .frontEnd(.quit, _):
        return 0
      case .frontEnd(let command, _):
        Output.standard.write("(:\(command.rawValue) is not available yet)\n\n")
      case .nothing:
        continue
      }
    }
    return 0
  }
}
