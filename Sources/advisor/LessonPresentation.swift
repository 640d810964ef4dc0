import AdvisorCore

/// `advisor replay --step` on a terminal: presents a lesson for a class.
///
/// The title and introduction, then for each step its notes and question; Enter reveals the
/// answer, Enter again the next step. `b` goes back a turn; `q` or Ctrl-D stops. Keys are
/// read a line at a time from the terminal (/dev/tty), since standard input may be the
/// transcript itself.
struct LessonPresentation {
  let options: Arguments
  let advisor: Advisor
  let terminal: TerminalLines

  /// How a presentation ended.
  enum Ending {
    /// After the lesson's last answer: the next file may follow.
    case finished
    /// `q` or Ctrl-D: nothing more is presented.
    case stopped
  }

  /// Presents one lesson.
  func present(_ transcript: Transcript) -> Ending {
    var presenter = LessonPresenter(Lesson(transcript), advisor: advisor)
    show(presenter.opening, file: transcript.file)
    while true {
      Output.standard.write(styled: renderer.styled("[Enter: next · b: back · q: stop] ", .dim))
      guard let line = terminal.readLine() else {
        Output.standard.write("\n")
        return .stopped
      }
      switch line.filter({ !$0.isWhitespace }).lowercased() {
      case "":
        guard let screen = presenter.next() else { return .finished }
        show(screen, file: transcript.file)
      case "b", "back":
        show(presenter.back(), file: transcript.file)
      case "q", "quit":
        return .stopped
      default:
        Output.standard.write(
          "Press Enter for the next step, b then Enter to go back, q then Enter to stop.\n")
      }
    }
  }

  private var renderer: TerminalRenderer {
    TerminalRenderer(
      style: TerminalStyle.forStandardOutput(options.color) ?? TerminalStyle(width: 80, color: false))
  }

  private func show(_ screen: LessonPresenter.Screen, file: String) {
    let renderer = self.renderer
    var text = "\n"
    switch screen {
    case .opening(let title, let introduction, let steps):
      text += renderer.paragraph(TerminalText.sanitized(title ?? file), attribute: .bold) + "\n"
      text += introduction.map { note($0, renderer) + "\n" }.joined()
      text += "(\(steps) step\(steps == 1 ? "" : "s"))\n"
    case .question(let progress, let notes, let input):
      text += renderer.styled("[\(progress)]", .bold) + "\n"
      text += notes.map { note($0, renderer) + "\n" }.joined()
      text += "> " + TerminalText.sanitized(input) + "\n"
    case .answer(let progress, let output):
      text += renderer.styled("[\(progress)] answer", .bold) + "\n" + answer(output) + "\n"
    }
    Output.standard.write(styled: text)
  }

  /// A teaching note: indented and in italics, wrapped to the window.
  private func note(_ text: String, _ renderer: TerminalRenderer) -> String {
    renderer.paragraph(TerminalText.sanitized(text), lead: "  ", indent: "  ", attribute: .italic)
  }

  /// What a step answered, as at the prompt.
  private func answer(_ output: SessionOutput) -> String {
    switch output {
    case .reply(let reply): return Output.render(reply.answer, options: options)
    case .ladder(let diagram): return Output.render(diagram, onTerminal: true)
    default: return TerminalText.sanitized(TranscriptChecker.text(of: output) ?? "")
    }
  }
}
