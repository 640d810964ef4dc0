import Testing

@testable import AdvisorCore

@Suite struct ArraySortedSearchTests {
  @Test func thePartitionPointIsTheFirstElementAtOrAbove() {
    let numbers = [2, 4, 4, 7, 9]
    #expect(numbers.partitionPoint { $0 >= 4 } == 1)
    #expect(numbers.partitionPoint { $0 >= 5 } == 3)
    #expect(numbers.partitionPoint { $0 >= 1 } == 0)
    #expect(numbers.partitionPoint { $0 >= 10 } == 5)
    #expect(numbers[2...].partitionPoint { $0 >= 8 } == 4)
    #expect([Int]().partitionPoint { $0 >= 0 } == 0)
  }
}
