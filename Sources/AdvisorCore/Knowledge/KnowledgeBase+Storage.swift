extension KnowledgeBase {
  /// The lists a knowledge base is made of, each as `KnowledgeBase` documents it.
  struct Facts: Sendable, Equatable {
    let roles: [Role]
    let ladder: [LadderStage]
    let progression: Sourced<[RoleID]>
    let comparisonRoles: [RoleID]
    let managerVersusDirector: [ComparisonRow]
    let degrees: [Degree]
    let educationNotes: [Sourced<String>]
    let studentNotes: [Sourced<String>]
    let certifications: [Certification]
    let certificationNotes: [Sourced<String>]
    let specializations: [Specialization]
    let industries: [Industry]
    let industryFacts: IndustryFacts
    let disciplines: [Discipline]
    let fieldDefinition: [Sourced<String>]
    let fieldPay: [Figure]
    let advancementSkills: [Sourced<String>]
    let outlook: [Sourced<String>]
    let outlookFigures: [Figure]
    let topics: [Topic]
    let sources: [Source]
  }

  /// A knowledge base's facts, shared by its copies, with what its answers look up on every
  /// question made once: where each role and source is by id, and each role's name.
  ///
  /// Nothing changes it after it is built. The tables cost start-up a few microseconds (two
  /// dozen roles, a hundred sources); searching the lists instead compared ids text by text,
  /// dozens of times an answer, and hashing them hundreds of instructions a lookup.
  final class Storage: Sendable {
    let facts: Facts
    /// Where each role is in `facts.roles`; the first, should two share an id.
    let rolePositions: IdentifierPositions<IdentifierKind.Role>
    /// Where each source is in `facts.sources`; the first, should two share an id.
    let sourcePositions: IdentifierPositions<IdentifierKind.Source>
    /// Each role's name inside a sentence ("engineering manager", "CTO"), in the order of `roles`.
    let roleNames: [String]
    /// Where the topic each intent answers facet by facet is in `facts.topics`: every question's
    /// intent is looked up, and most have none.
    let topicPositions: IdentifierPositions<IdentifierKind.Intent>
    /// The facets topics lend to other intents (`also answers`), in the order of `facts.topics`.
    let lendings: [Lending]

    init(_ facts: Facts) {
      self.facts = facts
      rolePositions = IdentifierPositions(facts.roles.map(\.id))
      sourcePositions = IdentifierPositions(facts.sources.map(\.id))
      roleNames = facts.roles.map { Phrasing.lowercasingFirstWord($0.title) }
      topicPositions = IdentifierPositions(facts.topics.map { IntentID($0.id) })
      lendings = facts.topics.indices.flatMap { topic in
        facts.topics[topic].lentFacets.map {
          Lending(intent: IntentID($0.key), topic: topic, facets: $0.value)
        }
      }
    }
  }
}

extension KnowledgeBase {
  /// Facets a topic lends to the questions of another intent.
  struct Lending: Sendable {
    let intent: IntentID
    /// Where the lending topic is in `topics`.
    let topic: Int
    let facets: [String]
  }
}
