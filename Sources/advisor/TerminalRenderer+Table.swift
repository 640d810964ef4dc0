extension TerminalRenderer {
  /// A table with its columns aligned and a rule under the header row; when it is wider
  /// than the terminal, each row becomes a block of "Header: value" lines instead.
  func table(_ rows: [[String]]) -> String {
    guard let header = rows.first else { return "" }
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      rows.map { column < $0.count ? $0[column].displayWidth : 0 }.max() ?? 0
    }
    let total = widths.reduce(0, +) + 2 * max(0, columns - 1)
    if let width = style.width, total > width, rows.count > 1 {
      return records(header: header, rows: rows.dropFirst())
    }
    let lines = rows.map { row in
      row.enumerated().map { column, cell in
        column == row.count - 1
          ? cell : cell + String(repeating: " ", count: widths[column] - cell.displayWidth)
      }.joined(separator: "  ")
    }
    guard rows.count > 1 else { return styled(lines[0], .bold) }
    let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    return ([styled(lines[0], .bold), rule] + lines.dropFirst()).joined(separator: "\n")
  }

  /// One block per row, each cell on its own wrapped line after its header, blocks
  /// separated by a blank line: what a narrow terminal can show.
  private func records(header: [String], rows: ArraySlice<[String]>) -> String {
    rows.map { row in
      row.enumerated().map { column, cell in
        let name = column < header.count ? header[column] : ""
        // A row's own label (under an empty header) stands as the block's title.
        if name.isEmpty { return styled(cell, .bold) }
        return paragraph(cell, lead: styled(name + ":", .bold) + " ", indent: "  ")
      }.joined(separator: "\n")
    }.joined(separator: "\n\n")
  }
}
