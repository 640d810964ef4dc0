import Testing

@testable import AdvisorCore

@Suite struct PlacesByKeyTests {
  @Test func placesAreGroupedByKeyEachGroupInOrder() {
    let groups = PlacesByKey(keys: [2, -1, 0, 2, 0, -1, 3])
    #expect(Array(groups[0]) == [2, 4])
    #expect(groups[1].isEmpty)
    #expect(Array(groups[2]) == [0, 3])
    #expect(Array(groups[3]) == [6])
  }

  @Test func aKeyNoPlaceHasHasNoPlaces() {
    let groups = PlacesByKey(keys: [0, 1])
    #expect(groups[-1].isEmpty)
    #expect(groups[2].isEmpty)
    #expect(PlacesByKey(keys: [])[0].isEmpty)
  }
}
