import Testing

@testable import AdvisorCore

@Suite struct ArrayRunsTests {
  @Test func aRunIsFoundOnlyAsConsecutiveElements() {
    let stems = [3, 7, 7, 9, 2]
    #expect(stems.containsRun([7, 9]))
    #expect(stems.containsRun([3, 7, 7, 9, 2]))
    #expect(!stems.containsRun([7, 2]))
    #expect(!stems.containsRun([9, 2, 4]))
    #expect(stems.hasRun([7, 9], at: 2))
    #expect(!stems.hasRun([7, 9], at: 1))
  }

  @Test func anEmptyRunIsNeverFound() {
    #expect(![1, 2].containsRun([]))
    #expect(![Int]().containsRun([1]))
  }

  @Test func aRunOfBytesIsFoundInPlaceAsInAnArray() {
    let statements = "A premium of $20,000 to $30,000 a year; $90,000 to $150,000+."
    for amount in ["$20,000", "$150,000+", "$30,000 a", "$25,000", ".", "A premium", "+.", "x"] {
      let inPlace = statements.withBytes { text in amount.withBytes { text.containsRun($0) } }
      #expect(inPlace == Array(statements.utf8).containsRun(Array(amount.utf8)))
    }
    #expect(![3, 7, 9][1...].containsRun([3, 7][...]))
    #expect([3, 7, 9][1...].containsRun([7, 9][...]))
  }
}
