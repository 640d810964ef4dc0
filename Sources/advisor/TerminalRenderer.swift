import AdvisorCore

/// How to style terminal output.
struct TerminalStyle {
  var width: Int
  var color: Bool

  /// The style for standard output, or nil when it is not a terminal and colour is not
  /// forced (then output is plain text).
  static func forStandardOutput(_ choice: Arguments.ColorChoice) -> TerminalStyle? {
    let isTerminal = Platform.isTerminal(1)
    let noColor = Platform.environment("NO_COLOR").map { !$0.isEmpty } ?? false
    let dumb = Platform.environment("TERM") == "dumb"
    let color: Bool
    switch choice {
    case .always: color = true
    case .never: color = false
    case .auto: color = isTerminal && !noColor && !dumb
    }
    guard isTerminal || color else { return nil }
    return TerminalStyle(width: max(20, min(Platform.terminalWidth() ?? 80, 100)), color: color)
  }
}

/// Renders answers for a terminal: wrapped to its width, headings bold and sources dim
/// when colour is on.
struct TerminalRenderer {
  let style: TerminalStyle

  func render(_ answer: Answer) -> String {
    answer.blocks.map(render).joined(separator: "\n")
  }

  private func render(_ block: Answer.Block) -> String {
    switch block {
    case .text(let text): wrap(text, indent: "")
    case .heading(let text): styled(text, "1")
    case .note(let text): styled(wrap("(" + text + ")", indent: ""), "3")
    case .bullets(let items): items.map { wrap("- " + $0, indent: "  ") }.joined(separator: "\n")
    case .table(let rows): PlainRenderer.render(Answer([.table(rows)]))
    }
  }

  /// Wraps at word boundaries, continuing lines with `indent`, and dims citations.
  private func wrap(_ text: String, indent: String) -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if !line.isEmpty, line.count + 1 + word.count > style.width {
        lines.append(line)
        line = indent + word
      } else {
        line += (line.isEmpty ? "" : " ") + word
      }
    }
    lines.append(line)
    return lines.map(dimCitations).joined(separator: "\n")
  }

  /// Dims parenthesised text that ends a sentence: the answers' citations.
  private func dimCitations(_ line: String) -> String {
    guard style.color, let open = line.lastIndex(of: "("), line[open...].contains(")") else { return line }
    let close = line[open...].lastIndex(of: ")") ?? line.endIndex
    return String(line[..<open]) + styled(String(line[open...close]), "2") + String(line[line.index(after: close)...])
  }

  private func styled(_ text: String, _ code: String) -> String {
    style.color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
