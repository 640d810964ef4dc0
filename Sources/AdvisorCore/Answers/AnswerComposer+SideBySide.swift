/// Two degrees side by side in one aligned table, so the differences read across a row
/// instead of from two long descriptions (a narrow terminal shows it as records).
extension AnswerComposer {
  /// The table for the first two of `degrees`, rows from their `Degree.Cells` and
  /// durations; "—" where the sources say nothing.
  func sideBySide(_ degrees: [Degree]) -> Answer {
    let pair = Array(degrees.prefix(2))
    let missing = "—"
    func row(_ label: String, _ cell: (Degree) -> Sourced<String>?) -> [String] {
      [label]
        + pair.map { degree in
          cell(degree).map { Phrasing.capitalized($0.value) + " " + cite($0.source) } ?? missing
        }
    }
    var answer = Answer([.heading(pair.map(\.shortName).joined(separator: " vs "))])
    answer.blocks.append(
      .table([
        [""] + pair.map(\.shortName),
        row("What it is", \.cells.brief),
        row("Who it suits", \.cells.suits),
        row("Time", { $0.cells.time ?? $0.duration.sourced }),
        row("Cost or requirements", \.cells.cost),
        row("Pay effect", \.cells.payEffect),
      ]))
    answer.text("\"—\" where the sources say nothing.")
    return answer
  }
}

extension Degree {
  /// The name a table heads its column with: the abbreviation in the name's brackets
  /// ("MEM"), or the whole name.
  var shortName: String {
    guard let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close else {
      return name
    }
    return String(name[name.index(after: open)..<close])
  }
}
