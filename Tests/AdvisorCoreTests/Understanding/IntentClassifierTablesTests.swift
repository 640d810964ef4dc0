import Testing

@testable import AdvisorCore

@Suite struct IntentClassifierTablesTests {
  @Test func aStemsNumberIsItsPlaceAmongTheSortedStems() throws {
    let tables = try #require(IntentLibrary.embedded().tables)
    let probes =
      tables.stems.flatMap { [$0, $0 + "s", String($0.dropLast()), $0.uppercased()] } + ["", "é", "<role>"]
    for probe in probes {
      #expect(
        tables.number(of: probe) == IntentClassifier.Tables.number(of: probe, in: tables.stems), "\(probe)")
    }
  }
}
