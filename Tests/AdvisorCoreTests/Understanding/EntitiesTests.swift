import Testing

@testable import AdvisorCore

@Suite struct EntitiesTests {
  /// Each kind's placeholder, spelt out for speed, is the one its name makes, as the intent
  /// files write it.
  @Test func placeholdersAreTheKindsNamesInAngleBrackets() {
    let entities: [Entity] = [
      .role("r"), .certification("c"), .degree("d"), .discipline("s"), .industry("i"), .specialization("p"),
    ]
    #expect(Set(entities.map(\.kind)) == Set(EntityKind.allCases))
    #expect(entities.allSatisfy { $0.placeholder == "<\($0.kind.singular)>" })
  }
}
