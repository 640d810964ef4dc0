import Testing

@testable import AdvisorCore

@Suite struct PlacesByKeyTests {
  /// The places `groups` hands out for `key`.
  private func places(_ groups: PlacesByKey, withKey key: Int) -> [Int] {
    var places: [Int] = []
    groups.forEach(withKey: key) { places.append($0) }
    return places
  }

  @Test func placesAreGroupedByKeyEachGroupInOrder() {
    let groups = PlacesByKey(keys: [2, -1, 0, 2, 0, -1, 3])
    #expect(places(groups, withKey: 0) == [2, 4])
    #expect(places(groups, withKey: 1).isEmpty)
    #expect(places(groups, withKey: 2) == [0, 3])
    #expect(places(groups, withKey: 3) == [6])
  }

  @Test func aKeyNoPlaceHasHasNoPlaces() {
    let groups = PlacesByKey(keys: [0, 1])
    #expect(places(groups, withKey: -1).isEmpty)
    #expect(places(groups, withKey: 2).isEmpty)
    #expect(places(PlacesByKey(keys: []), withKey: 0).isEmpty)
  }
}
