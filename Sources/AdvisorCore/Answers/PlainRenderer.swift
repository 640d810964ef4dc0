/// Renders an answer as plain text: what JSON turns and transcripts hold, and what a pipe
/// receives.
///
/// Deterministic, with no colour and no wrapping.
public enum PlainRenderer {
  /// The answer as lines of plain text.
  public static func render(_ answer: Answer) -> String {
    answer.blocks.map(render).joined(separator: "\n")
  }

  private static func render(_ block: Answer.Block) -> String {
    switch block {
    case .text(let text): text
    case .heading(let text): text + ":"
    case .note(let text): "(" + text + ")"
    case .bullets(let items): items.map { "- " + $0 }.joined(separator: "\n")
    case .table(let rows): table(rows)
    case .sources(let names): "Sources: " + names.joined(separator: "; ")
    }
  }

  /// Columns padded to their widest cell, separated by two spaces.
  static func table(_ rows: [[String]]) -> String {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    return rows.map { row in
      row.enumerated().map { column, cell in
        column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }
}
