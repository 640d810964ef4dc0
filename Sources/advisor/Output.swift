import AdvisorCore

/// Where the advisor writes: standard output and standard error, through `write(2)` so
/// a closed pipe ends the advisor quietly instead of killing it.
///
/// Everything written goes through `TerminalText.sanitized`, except answers styled by
/// `render`, whose text was sanitised before the advisor's own escape sequences were
/// added: no file, argument or typed line can send a control sequence to the terminal.
struct Output {
  let descriptor: Int32

  static let standard = Output(descriptor: 1)
  static let error = Output(descriptor: 2)

  /// Writes `text` with its control characters made visible.
  func write(_ text: String) {
    write(styled: TerminalText.sanitized(text))
  }

  /// Writes text the advisor styled itself (see `render`), as it is.
  ///
  /// If the reader of standard output has gone (a closed pipe) the advisor exits
  /// quietly, since there is no one to tell; any other failure there (a full disk) is
  /// reported on standard error and ends it with status 1. A failure to write standard
  /// error is ignored: there is nowhere left to report it, and the exit code must say
  /// how the work went, not whether its messages could be shown.
  func write(styled text: String) {
    guard let failure = Platform.write(text, to: descriptor), descriptor == 1 else { return }
    if Platform.isBrokenPipe(failure) { Platform.exit(0) }
    Output.error.write("advisor: cannot write the output: \(Platform.describe(failure))\n")
    Platform.exit(1)
  }

  /// An answer rendered for standard output: styled and wrapped for a terminal, plain
  /// for a pipe; its text is sanitised first, so write it with `write(styled:)`.
  static func render(_ answer: Answer, options: Arguments) -> String {
    let answer = Answer(answer.blocks.map(sanitized), sources: answer.sources)
    guard let style = TerminalStyle.forStandardOutput(options.color) else {
      return PlainRenderer.render(answer)
    }
    return TerminalRenderer(style: style).render(answer)
  }

  /// The ladder laid out for the window at a terminal; elsewhere at the width transcripts
  /// give it, so piped output compares with them.
  static func render(_ diagram: LadderDiagram, onTerminal: Bool) -> String {
    let width = onTerminal ? Platform.terminalWidth() : nil
    return TerminalText.sanitized(diagram.text(width: width ?? LadderDiagram.standardWidth))
  }

  /// A block with its text sanitised.
  private static func sanitized(_ block: Answer.Block) -> Answer.Block {
    let clean = TerminalText.sanitized
    switch block {
    case .text(let text): return .text(clean(text))
    case .heading(let text): return .heading(clean(text))
    case .note(let text): return .note(clean(text))
    case .bullets(let items): return .bullets(items.map(clean))
    case .table(let rows): return .table(rows.map { $0.map(clean) })
    case .sources(let names): return .sources(names.map(clean))
    }
  }
}
