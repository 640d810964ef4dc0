/// Renders an answer as plain text: what JSON turns and transcripts hold, and what a pipe
/// receives.
///
/// Deterministic, with no colour and no wrapping.
public enum PlainRenderer {
  /// The answer as lines of plain text.
  ///
  /// Its pieces are counted, then copied into a string made for them at once: appended one by
  /// one, the string grew again and again, and each append cost a few hundred instructions.
  public static func render(_ answer: Answer) -> String {
    // A table's padding is part of the length, so its columns are measured first, once.
    var tables: [Table] = []
    for case .table(let rows) in answer.blocks { tables.append(Table(rows)) }
    var length = 0
    pieces(of: answer, tables) { length += $0.utf8.count }
    return String(capacity: length) { text in pieces(of: answer, tables) { text.write($0) } }
  }

  /// Hands `body` the answer's text piece after piece, with `tables` its tables measured, in
  /// order: what is counted to size the string, then copied into it, written once for both.
  private static func pieces(of answer: Answer, _ tables: [Table], _ body: (String) -> Void) {
    var table = 0
    for (index, block) in answer.blocks.enumerated() {
      if index > 0 { body("\n") }
      switch block {
      case .text(let text): body(text)
      case .heading(let text):
        body(text)
        body(":")
      case .note(let text):
        body("(")
        body(text)
        body(")")
      case .bullets(let items):
        for (index, item) in items.enumerated() {
          body(index > 0 ? "\n- " : "- ")
          body(item)
        }
      case .table:
        tables[table].pieces(body)
        table += 1
      case .sources(let names):
        body("Sources: ")
        for (index, name) in names.enumerated() {
          if index > 0 { body("; ") }
          body(name)
        }
      }
    }
  }

  /// A table's rows with the width of each cell and each column, in characters: columns are
  /// padded to their widest cell, separated by two spaces, and the last cell of a row is not
  /// padded.
  private struct Table {
    let rows: [[String]]
    /// Each cell's width, row after row.
    private var cellWidths: [Int] = []
    /// Each column's width: its widest cell's.
    private var columnWidths: [Int] = []

    init(_ rows: [[String]]) {
      self.rows = rows
      cellWidths.reserveCapacity(rows.reduce(0) { $0 + $1.count })
      for row in rows {
        for (column, cell) in row.enumerated() {
          let width = cell.characterCount
          cellWidths.append(width)
          if column < columnWidths.count {
            columnWidths[column] = max(columnWidths[column], width)
          } else {
            columnWidths.append(width)
          }
        }
      }
    }

    /// Hands `body` the table's text piece after piece.
    func pieces(_ body: (String) -> Void) {
      var cell = 0
      for (index, row) in rows.enumerated() {
        if index > 0 { body("\n") }
        for (column, text) in row.enumerated() {
          if column > 0 { body("  ") }
          body(text)
          if column < row.count - 1 { Self.spaces(columnWidths[column] - cellWidths[cell], body) }
          cell += 1
        }
      }
    }

    /// Runs of spaces to pad cells with, longest first: a cell is padded with the fewest.
    private static let runs = ["        ", "    ", "  ", " "]

    /// Hands `body` `count` spaces, if any.
    private static func spaces(_ count: Int, _ body: (String) -> Void) {
      var left = count
      for run in runs {
        while left >= run.utf8.count {
          body(run)
          left -= run.utf8.count
        }
      }
    }
  }
}
