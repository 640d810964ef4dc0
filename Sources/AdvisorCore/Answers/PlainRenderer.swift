/// Renders an answer as plain text: what JSON turns and transcripts hold, and what a pipe
/// receives.
///
/// Deterministic, with no colour and no wrapping.
public enum PlainRenderer {
  /// The answer as lines of plain text.
  ///
  /// Its pieces are counted, then copied into a string made for them at once: appended one by
  /// one, the string grew again and again, and each append cost a few hundred instructions. An
  /// answer of one paragraph is that paragraph's string itself, shared rather than copied.
  public static func render(_ answer: Answer) -> String {
    if answer.blocks.count == 1, case .text(let text) = answer.blocks[0] { return text }
    // A table's padding is part of the length, so its columns are measured first, once.
    var tables: [Table] = []
    for case .table(let rows) in answer.blocks { tables.append(Table(rows)) }
    var length = Length()
    pieces(of: answer, tables, into: &length)
    return String(capacity: length.count) { text in pieces(of: answer, tables, into: &text) }
  }

  /// Writes the answer's text into `sink` piece after piece, with `tables` its tables measured,
  /// in order: what is counted to size the string, then copied into it, written once for both.
  ///
  /// Generic rather than taking a closure, so that each sink's `write` is made part of it. Each
  /// block, item and cell is read where it is, by its index: taken out one by one by `for … in`,
  /// each was copied, its text retained and released, twice a render.
  private static func pieces(of answer: Answer, _ tables: [Table], into sink: inout some TextSink) {
    var table = 0
    for index in answer.blocks.indices {
      if index > 0 { sink.write("\n") }
      switch answer.blocks[index] {
      case .text(let text): sink.write(text)
      case .heading(let text):
        sink.write(text)
        sink.write(":")
      case .note(let text):
        sink.write("(")
        sink.write(text)
        sink.write(")")
      case .bullets(let items):
        for item in items.indices {
          sink.write(item > 0 ? "\n- " : "- ")
          sink.write(items[item])
        }
      case .table:
        tables[table].pieces(into: &sink)
        table += 1
      case .sources(let names):
        sink.write("Sources: ")
        for name in names.indices {
          if name > 0 { sink.write("; ") }
          sink.write(names[name])
        }
      }
    }
  }

  /// Counts the bytes of the pieces written to it, to size the string they are copied into.
  private struct Length: TextSink {
    private(set) var count = 0

    mutating func write(_ piece: some StringProtocol) { count += piece.utf8.count }

    mutating func writeSpaces(_ count: Int) { self.count += count }
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
      for row in rows.indices {
        for column in rows[row].indices {
          let width = rows[row][column].characterCount
          cellWidths.append(width)
          if column < columnWidths.count {
            columnWidths[column] = max(columnWidths[column], width)
          } else {
            columnWidths.append(width)
          }
        }
      }
    }

    /// Writes the table's text into `sink` piece after piece, each cell read where it is.
    func pieces(into sink: inout some TextSink) {
      var cell = 0
      for row in rows.indices {
        if row > 0 { sink.write("\n") }
        for column in rows[row].indices {
          if column > 0 { sink.write("  ") }
          sink.write(rows[row][column])
          if column < rows[row].count - 1 { sink.writeSpaces(columnWidths[column] - cellWidths[cell]) }
          cell += 1
        }
      }
    }
  }
}
