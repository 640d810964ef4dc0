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
}
