import AdvisorCore

/// `advisor replay`: prints each transcript's conversation as a person saw it, or its
/// machine-readable turns with `--json`; with `--step` on a terminal, presents each as a
/// lesson (`LessonPresentation`).
///
/// Each transcript runs in a fresh session with the profile its `@ profile:` lines give
/// (usually none), and nothing is read
/// from the user's history or saved state, so a replay gives the same bytes every run.
/// Piped, the output is itself a transcript with answers (`> question`, the answer, a
/// blank line); on a terminal the answers are styled and wrapped as at the prompt.
struct ReplayCommand {
  let options: Arguments
  let advisor: Advisor

  /// Replays every transcript the paths name; a bad one is reported and the others
  /// still run.
  /// - Returns: 0, or the exit code of the first bad file (66 unreadable, 65
  ///   malformed), or 1 when `--step` could not read Enter from the terminal.
  func run(_ paths: [String]) -> Int32 {
    if options.step, Platform.isTerminal(1), let terminal = TerminalLines() {
      let presentation = LessonPresentation(options: options, advisor: advisor, terminal: terminal)
      let errors = TranscriptLoader.forEach(paths, advisor: advisor) { transcript, _ in
        presentation.present(transcript) == .finished
      }
      return errors.first?.exitCode ?? 0
    }
    let styled = !options.json && TerminalStyle.forStandardOutput(options.color) != nil
    var interrupted = false
    let errors = TranscriptLoader.forEach(paths, advisor: advisor) { transcript, count in
      if count > 1, !options.json { Output.standard.write("# \(transcript.file)\n\n") }
      interrupted = !replay(transcript, styled: styled)
      return !interrupted
    }
    if interrupted {
      Output.error.write(
        "\nadvisor: replay stopped: no Enter could be read from the terminal (/dev/tty)\n")
      return errors.first?.exitCode ?? 1
    }
    return errors.first?.exitCode ?? 0
  }

  /// Replays one transcript in a fresh session.
  /// - Returns: false when `--step` found no terminal or it reached its end.
  private func replay(_ transcript: Transcript, styled: Bool) -> Bool {
    var session = Session(advisor: advisor, profile: transcript.profile)
    var turn = 0
    for entry in transcript.entries {
      if options.step, !StepPause.waitForEnter() { return false }
      let output = session.handle(entry.input)
      if case .frontEnd(.quit, _) = output { return true }
      if options.json {
        guard case .reply(let reply) = output else { continue }
        turn += 1
        Output.standard.write(TurnJSON.encode(turn: turn, reply: reply) + "\n")
      } else if styled, case .reply(let reply) = output {
        Output.standard.write(
          styled:
            "> \(TerminalText.sanitized(entry.input))\n\(Output.render(reply.answer, options: options))\n\n")
      } else {
        Output.standard.write(
          TranscriptRenderer.turn(input: entry.input, output: TranscriptChecker.text(of: output)))
      }
      if options.why, case .reply = output {
        Output.standard.write(
          TranscriptRenderer.turn(input: ":why", output: TranscriptChecker.text(of: session.handle(":why"))))
      }
    }
    return true
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
