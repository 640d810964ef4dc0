import Testing

@testable import AdvisorCore

/// Looking an id up by its key finds where a search from the start of the list finds it.
@Suite struct IdentifierPositionsTests {
  @Test func everyIdIsFoundWhereASearchFromTheStartFindsIt() {
    let ids: [SourceID] = [
      "article", "blsOOH2024Compiled", "blsOOHTopExecutives2024", "article", "internationalization",
      "internatiXnalization", "x", "",
    ]
    let positions = IdentifierPositions(ids)
    for id in ids + ["missing", "internatiYnalization", "articles"] {
      #expect(positions.position(of: id) == ids.firstIndex(of: id), "\(id)")
    }
  }

  @Test func theStandardSourcesAndRolesAreFoundInPlace() {
    let knowledge = KnowledgeBase.standard
    for source in knowledge.sources {
      #expect(knowledge.position(of: source.id) == knowledge.sources.firstIndex { $0.id == source.id })
    }
    for role in knowledge.roles {
      #expect(knowledge.position(of: role.id) == knowledge.roles.firstIndex { $0.id == role.id })
    }
    #expect(IdentifierPositions<IdentifierKind.Role>([]).position(of: "cto") == nil)
  }
}
