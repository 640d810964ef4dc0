import AdvisorCore

/// `advisor replay`: prints each transcript's conversation as a person saw it, or its
/// machine-readable turns with `--json`.
struct ReplayCommand {
  let options: Arguments
  let advisor: Advisor

  /// Replays every file; a bad file is reported and the others still run.
  func run(_ files: [String]) throws(CLIError) -> Int32 {
    var failure: CLIError?
    for file in files {
      do throws(CLIError) {
        let transcript = try TranscriptLoader.load(file)
        replay(transcript)
      } catch {
        Output.error.write(error.message + "\n")
        failure = failure ?? error
      }
    }
    return failure?.exitCode ?? 0
  }

  private func replay(_ transcript: Transcript) {
    var session = Session(advisor: advisor)
    var turn = 0
    for entry in transcript.entries {
      if options.step, !options.json, !StepPause.waitForEnter() { return }
      let output = session.handle(entry.input)
      if case .frontEnd(.quit, _) = output { return }
      if options.json {
        guard case .reply(let reply) = output else { continue }
        turn += 1
        Output.standard.write(TurnJSON.encode(turn: turn, reply: reply) + "\n")
      } else {
        Output.standard.write(TranscriptRenderer.turn(input: entry.input, output: text(of: output)))
      }
    }
  }

  /// What a person would read for one line's output.
  private func text(of output: SessionOutput) -> String? {
    switch output {
    case .reply(let reply): Output.render(reply.answer, options: options)
    case .message(let text), .unknownCommand(let text): text
    case .frontEnd(let command, _): "(:\(command.rawValue) works only at the interactive prompt)"
    case .nothing: nil
    }
  }
}

/// Waits for Enter before each question of `replay --step`, reading the terminal
/// rather than standard input, which may be the transcript itself.
enum StepPause {
  /// False when there is no terminal to read or it reached its end: stop replaying.
  static func waitForEnter() -> Bool {
    Platform.waitForEnterOnTerminal()
  }
}
