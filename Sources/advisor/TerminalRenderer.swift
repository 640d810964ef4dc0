import AdvisorCore

/// How to style terminal output.
struct TerminalStyle {
  /// Columns to wrap at, or nil not to wrap (styled output sent to a pipe).
  var width: Int?
  /// Whether to use ANSI colours and attributes.
  var color: Bool

  /// Lines longer than this are hard to read, however wide the terminal.
  static let widest = 100

  /// The style for standard output, or nil when it is not a terminal and colour is not
  /// forced (then output is plain text).
  ///
  /// The width is read again on every call, so answers follow a resized window.
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
    let width = isTerminal ? max(1, min(Platform.terminalWidth() ?? 80, widest)) : nil
    return TerminalStyle(width: width, color: color)
  }
}

/// Renders answers for a terminal.
///
/// Text is wrapped to the terminal's width with hanging indents; headings are bold,
/// notes italic, sources dim; tables are aligned, or shown one record per block when
/// wider than the terminal. Without colour, headings keep the plain renderer's colon so
/// they still stand out.
struct TerminalRenderer {
  let style: TerminalStyle

  /// ANSI Select Graphic Rendition codes.
  enum Attribute: String {
    case bold = "1"
    case dim = "2"
    case italic = "3"
  }

  func render(_ answer: Answer) -> String {
    answer.blocks.map(render).joined(separator: "\n")
  }

  private func render(_ block: Answer.Block) -> String {
    switch block {
    case .text(let text):
      paragraph(text)
    case .heading(let text):
      style.color ? paragraph(text, attribute: .bold) : paragraph(text + ":")
    case .note(let text):
      paragraph("(" + text + ")", attribute: .italic)
    case .bullets(let items):
      items.map { paragraph($0, lead: "- ", indent: "  ") }.joined(separator: "\n")
    case .table(let rows):
      table(rows)
    case .sources(let names):
      paragraph("Sources: " + names.joined(separator: "; "), attribute: .dim)
    }
  }

  /// Text wrapped to the width; the closing citation is dim unless `attribute` styles
  /// the whole paragraph.
  func paragraph(_ text: String, lead: String = "", indent: String = "", attribute: Attribute? = nil)
    -> String
  {
    let wrapper = WordWrapper(width: style.width)
    return wrapper.lines(WordWrapper.words(text), lead: lead, indent: indent).map { line in
      line.prefix
        + (attribute.map { styled(line.words.map(\.text).joined(separator: " "), $0) } ?? runs(line.words))
    }.joined(separator: "\n")
  }

  /// A line's words, with each run of citation words dimmed as one.
  private func runs(_ words: [WordWrapper.Word]) -> String {
    var text = ""
    var index = 0
    while index < words.count {
      let isCitation = words[index].isCitation
      let run = words[index...].prefix { $0.isCitation == isCitation }
      let joined = run.map(\.text).joined(separator: " ")
      text += (index == 0 ? "" : " ") + (isCitation ? styled(joined, .dim) : joined)
      index += run.count
    }
    return text
  }

  /// `text` wrapped in an SGR attribute and a reset, when colour is on.
  func styled(_ text: String, _ attribute: Attribute) -> String {
    style.color && !text.isEmpty ? "\u{1B}[\(attribute.rawValue)m\(text)\u{1B}[0m" : text
  }
}
