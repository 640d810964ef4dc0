import AdvisorCore

/// Where the advisor writes: standard output and standard error, through `write(2)` so
/// a closed pipe ends the advisor quietly instead of killing it.
struct Output {
  let descriptor: Int32

  static let standard = Output(descriptor: 1)
  static let error = Output(descriptor: 2)

  /// Writes `text`; if the reader has gone, exits quietly (there is no one to tell).
  func write(_ text: String) {
    if !Platform.write(text, to: descriptor) { Platform.exit(0) }
  }

  /// An answer rendered for standard output: styled and wrapped for a terminal, plain
  /// for a pipe.
  static func render(_ answer: Answer, options: Arguments) -> String {
    guard let style = TerminalStyle.forStandardOutput(options.color) else {
      return PlainRenderer.render(answer)
    }
    return TerminalRenderer(style: style).render(answer)
  }
}
