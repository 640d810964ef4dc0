import Testing

@testable import AdvisorCore

/// A table row made in one array sized for it holds what joining its label and its cells held.
@Suite struct TableRowTests {
  @Test(arguments: [[], ["MEM"], ["MEM", "MBA"], ["engineering manager", "director", "VP of engineering"]])
  func aRowIsItsLabelThenItsCells(cells: [String]) {
    let row = AnswerComposer.row("Time", cells) { $0 + " —" }
    #expect(row == ["Time"] + cells.map { $0 + " —" })
    #expect(row.capacity >= cells.count + 1)
  }
}
