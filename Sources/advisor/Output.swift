import AdvisorCore

/// Where the advisor writes: standard output and standard error, through `write(2)` so
/// a closed pipe ends the advisor quietly instead of killing it.
struct Output {
  let descriptor: Int32

  static let standard = Output(descriptor: 1)
  static let error = Output(descriptor: 2)

  /// Writes `text` to the stream.
  ///
  /// If the reader has gone (a closed pipe) the advisor exits quietly, since there is no
  /// one to tell; any other failure (a full disk) is reported on standard error and ends
  /// it with status 1.
  func write(_ text: String) {
    guard let failure = Platform.write(text, to: descriptor) else { return }
    if Platform.isBrokenPipe(failure) || descriptor == 2 { Platform.exit(0) }
    _ = Platform.write("advisor: cannot write the output: \(Platform.describe(failure))\n", to: 2)
    Platform.exit(1)
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
