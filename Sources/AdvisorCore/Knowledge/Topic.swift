/// What the sources say about a topic that is not one thing but a question people ask,
/// such as the technical track against management, or hours and stress: facts grouped by
/// facet, so an answer gives the facet asked and only that.
///
/// A topic's file is `Knowledge/topics/<intent id>.topic`; its facets carry the words that
/// ask for them, so a class adds a facet without editing Swift.
public struct Topic: Sendable, Identifiable, Equatable {
  /// The intent the topic answers, for example `work_life`.
  public let id: String
  /// How answers head it, for example "Work and life in these roles".
  public let title: String
  /// The facets, in the order answers give them.
  public let facets: [Facet]
  /// The facets an answer gives when the question names none.
  public let defaultFacets: [String]
  public let facts: [TopicFact]
  /// Facets that also answer questions classified as another intent, by intent id: a
  /// question about being ready to manage is about becoming one as much as about the
  /// track, and either way the readiness facts answer it.
  public let lentFacets: [String: [String]]
  /// The facets' phrases by their first word, as a question's words are looked up in them.
  let phrases: FacetPhrases

  init(
    id: String, title: String, facets: [Facet], defaultFacets: [String], facts: [TopicFact],
    lentFacets: [String: [String]] = [:]
  ) {
    self.id = id
    self.title = title
    self.facets = facets
    self.defaultFacets = defaultFacets
    self.facts = facts
    self.lentFacets = lentFacets
    phrases = FacetPhrases(facets)
  }

  /// The facts of one facet that apply to `roles`: those about any of the roles first, then
  /// those about everyone; facts about other roles are left out.
  public func facts(_ facet: String, for roles: [RoleID]) -> [TopicFact] {
    let ofFacet = facts.filter { $0.facet == facet }
    return ofFacet.filter { fact in fact.roles.contains(where: roles.contains) }
      + ofFacet.filter { $0.roles.isEmpty }
  }
}

extension Topic {
  /// One facet of a topic ("hours") and the words that ask for it ("long hours",
  /// "weekends").
  public struct Facet: Sendable, Equatable {
    public let name: String
    /// The words or phrases that ask for it, each split into lowercase words in singular
    /// form, as a question's words are compared with them.
    public let phrases: [[String]]
    /// The keys of the phrases' words, phrase by phrase: a question's words are compared with
    /// them as numbers, for every facet a question might ask.
    let keys: [[TextKey]]

    init(name: String, phrases: [[String]]) {
      self.name = name
      self.phrases = phrases
      keys = phrases.map { $0.map(TextKey.init) }
    }
  }
}

/// One sourced statement of a topic, for one facet, about everyone or about some roles.
public struct TopicFact: Sendable, Equatable {
  public let facet: String
  public let statement: Sourced<String>
  /// The roles it describes; empty when it holds for the whole field.
  public let roles: [RoleID]

  init(facet: String, statement: Sourced<String>, roles: [RoleID]) {
    self.facet = facet
    self.statement = statement
    self.roles = roles
  }
}
