/// Renders an answer as plain text: what JSON turns and transcripts hold, and what a pipe
/// receives.
///
/// Deterministic, with no colour and no wrapping.
public enum PlainRenderer {
  /// The answer as lines of plain text.
  ///
  /// Written into one string, rather than each block, bullet and cell into its own and then
  /// joined.
  public static func render(_ answer: Answer) -> String {
    var output = ""
    for (index, block) in answer.blocks.enumerated() {
      if index > 0 { output += "\n" }
      render(block, into: &output)
    }
    return output
  }

  private static func render(_ block: Answer.Block, into output: inout String) {
    switch block {
    case .text(let text): output += text
    case .heading(let text):
      output += text
      output += ":"
    case .note(let text):
      output += "("
      output += text
      output += ")"
    case .bullets(let items):
      for (index, item) in items.enumerated() {
        output += index > 0 ? "\n- " : "- "
        output += item
      }
    case .table(let rows): table(rows, into: &output)
    case .sources(let names):
      output += "Sources: "
      for (index, name) in names.enumerated() {
        if index > 0 { output += "; " }
        output += name
      }
    }
  }

  /// Columns padded to their widest cell, separated by two spaces; the last cell of a row is
  /// not padded.
  private static func table(_ rows: [[String]], into output: inout String) {
    let counts = rows.map { $0.map(\.characterCount) }
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      counts.map { column < $0.count ? $0[column] : 0 }.max() ?? 0
    }
    for (index, row) in rows.enumerated() {
      if index > 0 { output += "\n" }
      for (column, cell) in row.enumerated() {
        if column > 0 { output += "  " }
        output += cell
        let padding = widths[column] - counts[index][column]
        if column < row.count - 1, padding > 0 { output += String(repeating: " ", count: padding) }
      }
    }
  }
}
