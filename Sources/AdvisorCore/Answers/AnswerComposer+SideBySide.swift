/// Two degrees, or two certifications, side by side in one aligned table, so the
/// differences read across a row instead of from two long descriptions (a narrow terminal
/// shows it as records).
extension AnswerComposer {
  /// One column of a side-by-side table.
  struct Column {
    let name: String
    let cells: TableCells
    /// How long it takes when the cells give no short time.
    let duration: Sourced<String>?
  }

  /// The table of the first two `columns`: "—" where the sources say nothing.
  func sideBySide(_ columns: [Column]) -> Answer {
    let pair = Array(columns.prefix(2))
    func row(_ label: String, _ cell: (Column) -> Sourced<String>?) -> [Cited] {
      Self.row(Cited(label), pair) { column in
        cell(column).map { cited(Phrasing.capitalized($0.value), citing: $0.source) } ?? Cited("—")
      }
    }
    var answer = Answer([.heading(String(joining: pair.map(\.name), separator: " vs "))])
    answer.table([
      Self.row(Cited(""), pair) { Cited($0.name) },
      row("What it is", \.cells.brief),
      row("Who it suits", \.cells.suits),
      row("Time", { $0.cells.time ?? $0.duration }),
      row("Cost or requirements", \.cells.cost),
      row("Pay effect", \.cells.payEffect),
    ])
    answer.text("\"—\" where the sources say nothing.")
    return answer
  }

  /// A table row: `label`, then the cell of each of `columns`, in one array sized for them, where
  /// `[label] + columns.map(…)` made three arrays a row.
  static func row<Item, Cell>(_ label: Cell, _ columns: [Item], _ cell: (Item) -> Cell) -> [Cell] {
    var row: [Cell] = []
    row.reserveCapacity(columns.count + 1)
    row.append(label)
    for column in columns { row.append(cell(column)) }
    return row
  }

  func sideBySide(_ degrees: [Degree]) -> Answer {
    sideBySide(
      degrees.map { Column(name: shortName($0.name), cells: $0.cells, duration: $0.duration.sourced) })
  }

  func sideBySide(_ certifications: [Certification]) -> Answer {
    sideBySide(certifications.map { Column(name: shortName($0.name), cells: $0.cells, duration: nil) })
  }

  /// The name a table heads its column with: the abbreviation in the name's brackets
  /// ("MEM"), or the whole name.
  ///
  /// In an ASCII name, each byte is a character of its own, so the brackets are found without
  /// reading characters.
  private func shortName(_ name: String) -> String {
    let isASCII = name.isASCII
    guard let open = isASCII ? name.utf8.firstIndex(of: UInt8(ascii: "(")) : name.firstIndex(of: "("),
      let close = isASCII ? name.utf8.lastIndex(of: UInt8(ascii: ")")) : name.lastIndex(of: ")"), open < close
    else {
      return name
    }
    return String(name[name.index(after: open)..<close])
  }
}
