/// Renders an answer as plain text: what JSON turns and transcripts hold, and what a pipe
/// receives.
///
/// Deterministic, with no colour and no wrapping.
public enum PlainRenderer {
  /// The answer as lines of plain text.
  ///
  /// Written into one string, rather than each block and bullet into its own and then joined.
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
    case .heading(let text): output += text + ":"
    case .note(let text): output += "(" + text + ")"
    case .bullets(let items):
      for (index, item) in items.enumerated() {
        output += index > 0 ? "\n- " : "- "
        output += item
      }
    case .table(let rows): output += table(rows)
    case .sources(let names): output += "Sources: " + names.joined(separator: "; ")
    }
  }

  /// Columns padded to their widest cell, separated by two spaces.
  static func table(_ rows: [[String]]) -> String {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      rows.map { column < $0.count ? $0[column].characterCount : 0 }.max() ?? 0
    }
    return rows.map { row in
      row.enumerated().map { column, cell in
        column == row.count - 1 ? cell : cell.padding(widths[column])
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }
}
