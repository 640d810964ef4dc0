import AdvisorTestSupport
import Testing

@testable import AdvisorCore

/// The knowledge base's look-ups by id, made once when it is built: they find what a search of
/// its lists finds, and its copies share them.
@Suite struct KnowledgeBaseLookupTests {
  private let knowledge = KnowledgeBase.standard

  @Test func everyRoleIsFoundWhereItStandsWithItsName() {
    for (position, role) in knowledge.roles.enumerated() {
      #expect(knowledge.role(role.id) == role)
      #expect(knowledge.position(of: role.id) == position)
      #expect(knowledge.name(of: role.id) == Phrasing.lowercasingFirstWord(role.title))
    }
    #expect(knowledge.name(of: .vpEngineering) == "VP of engineering")
    #expect(knowledge.name(of: .engineeringManager) == "engineering manager")
  }

  @Test func everySourceIsFoundWithItsCitation() {
    for source in knowledge.sources {
      #expect(knowledge.source(source.id) == source)
      #expect(knowledge.position(of: source.id).map { knowledge.sources[$0] } == source)
      #expect(knowledge.citation(of: source.id) == source.citation)
    }
  }

  @Test func everyTopicIsFoundByItsIntentAndAnIntentWithoutOneFindsNone() {
    for topic in knowledge.topics {
      #expect(knowledge.topic(topic.id) == knowledge.topics.first { $0.id == topic.id })
    }
    #expect(knowledge.topic("salary") == nil)
    #expect(knowledge.topic("") == nil)
  }

  @Test func theLendingsAreEachTopicsLentFacetsInTopicOrder() {
    var lent: [(intent: String, topic: String, facets: [String])] = []
    for topic in knowledge.topics {
      for (intent, facets) in topic.lentFacets.sorted(by: { $0.key < $1.key }) {
        lent.append((intent, topic.id, facets))
      }
    }
    let lendings = knowledge.lendings.map {
      (intent: $0.intent.rawValue, topic: knowledge.topics[$0.topic].id, facets: $0.facets)
    }
    #expect(lendings.count == lent.count)
    for (found, expected) in zip(lendings, lent) {
      #expect(found.topic == expected.topic)
      #expect(
        lent.contains { $0.intent == found.intent && $0.topic == found.topic && $0.facets == found.facets })
    }
    #expect(
      knowledge.lendings.contains { $0.intent == .become && knowledge.topics[$0.topic].id == "track_choice" })
  }

  @Test func anUnknownIdFindsNothingAndIsCitedAsItself() {
    #expect(knowledge.role("plant_manager") == nil)
    #expect(knowledge.position(of: RoleID("plant_manager")) == nil)
    #expect(knowledge.position(of: SourceID("nowhere")) == nil)
    #expect(knowledge.name(of: "plant_manager") == nil)
    #expect(knowledge.source("nowhere") == nil)
    #expect(knowledge.citation(of: "nowhere") == "nowhere")
  }

  @Test func copiesAreEqualAndSoIsTheSameKnowledgeLoadedAgain() throws {
    let copy = knowledge
    #expect(copy == knowledge)
    let loaded = try KnowledgeBase(files: try PackageRoot.files(in: "Knowledge"))
    #expect(loaded == knowledge)
    #expect(loaded.role(.engineeringManager) == knowledge.role(.engineeringManager))
  }
}
