/// Everything the advisor knows, each fact with its source.
///
/// A value: answers read it, nothing writes it. `KnowledgeBase.standard` is the one
/// built from the files of `Knowledge/` (the seed article and `career-facts.md`).
///
/// Its facts are held once, in a shared `Storage` that nothing changes, so a copy costs one
/// reference count rather than one for each of its two dozen lists: composers and `Phrasing`
/// copy it for nearly every name they write.
public struct KnowledgeBase: Sendable, Equatable {
  private let storage: Storage

  /// Every role, in ladder order.
  public var roles: [Role] { storage.facts.roles }
  public var ladder: [LadderStage] { storage.facts.ladder }
  /// The article's summary progression (project engineer → manager → director).
  public var progression: Sourced<[RoleID]> { storage.facts.progression }
  /// The two roles the article's table compares (engineering manager, then director).
  public var comparisonRoles: [RoleID] { storage.facts.comparisonRoles }
  public var managerVersusDirector: [ComparisonRow] { storage.facts.managerVersusDirector }
  public var degrees: [Degree] { storage.facts.degrees }
  /// Facts on education in general: bachelor's disciplines, the path to a master's.
  public var educationNotes: [Sourced<String>] { storage.facts.educationNotes }
  /// What someone still studying can do now: the bachelor's, the FE exam.
  public var studentNotes: [Sourced<String>] { storage.facts.studentNotes }
  public var certifications: [Certification] { storage.facts.certifications }
  /// Facts on certifications in general: why they help, which the article lists.
  public var certificationNotes: [Sourced<String>] { storage.facts.certificationNotes }
  public var specializations: [Specialization] { storage.facts.specializations }
  public var industries: [Industry] { storage.facts.industries }
  public var industryFacts: IndustryFacts { storage.facts.industryFacts }
  public var disciplines: [Discipline] { storage.facts.disciplines }
  /// What engineering management is, for a question about the field rather than a role.
  public var fieldDefinition: [Sourced<String>] { storage.facts.fieldDefinition }
  /// Pay for the field as a whole.
  public var fieldPay: [Figure] { storage.facts.fieldPay }
  /// Skills to develop to advance, whatever the role.
  public var advancementSkills: [Sourced<String>] { storage.facts.advancementSkills }
  public var outlook: [Sourced<String>] { storage.facts.outlook }
  public var outlookFigures: [Figure] { storage.facts.outlookFigures }
  /// Questions answered facet by facet (the technical track, work and life), by intent id.
  public var topics: [Topic] { storage.facts.topics }
  public var sources: [Source] { storage.facts.sources }

  init(
    roles: [Role], ladder: [LadderStage], progression: Sourced<[RoleID]>,
    comparisonRoles: [RoleID], managerVersusDirector: [ComparisonRow], degrees: [Degree],
    educationNotes: [Sourced<String>], studentNotes: [Sourced<String>], certifications: [Certification],
    certificationNotes: [Sourced<String>], specializations: [Specialization],
    industries: [Industry], industryFacts: IndustryFacts, disciplines: [Discipline],
    fieldDefinition: [Sourced<String>], fieldPay: [Figure], advancementSkills: [Sourced<String>],
    outlook: [Sourced<String>], outlookFigures: [Figure], topics: [Topic], sources: [Source]
  ) {
    storage = Storage(
      Facts(
        roles: roles, ladder: ladder, progression: progression, comparisonRoles: comparisonRoles,
        managerVersusDirector: managerVersusDirector, degrees: degrees, educationNotes: educationNotes,
        studentNotes: studentNotes, certifications: certifications, certificationNotes: certificationNotes,
        specializations: specializations, industries: industries, industryFacts: industryFacts,
        disciplines: disciplines, fieldDefinition: fieldDefinition, fieldPay: fieldPay,
        advancementSkills: advancementSkills, outlook: outlook, outlookFigures: outlookFigures,
        topics: topics, sources: sources))
  }

  /// Whether two knowledge bases hold the same facts.
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.facts == rhs.storage.facts
  }

  /// The role with this id; every `RoleID` has one (the validation tests check it).
  public func role(_ id: RoleID) -> Role? {
    position(of: id).map { roles[$0] }
  }

  /// Where the role with this id is in `roles`, which is ladder order: answers list roles by it.
  func position(of role: RoleID) -> Int? {
    storage.rolePositions.position(of: role)
  }

  /// A role's name inside a sentence, as `Phrasing.name` writes it: made once for each role.
  func name(of role: RoleID) -> String? {
    position(of: role).map { storage.roleNames[$0] }
  }

  /// The source with this id.
  public func source(_ id: SourceID) -> Source? {
    position(of: id).map { sources[$0] }
  }

  /// Where the source with this id is in `sources`: what an answer's cited lines record.
  func position(of source: SourceID) -> Int? {
    storage.sourcePositions.position(of: source)
  }

  /// How an answer's "Sources:" line names the source with this id: its citation, or the id
  /// itself should no source have it.
  func citation(of id: SourceID) -> String {
    position(of: id).map { sources[$0].citation } ?? id.rawValue
  }

  /// Every id of an entity kind, in the knowledge base's order.
  public func ids(of kind: EntityKind) -> [String] {
    switch kind {
    case .roles: roles.map(\.id.rawValue)
    case .certifications: certifications.map(\.id.rawValue)
    case .degrees: degrees.map(\.id.rawValue)
    case .disciplines: disciplines.map(\.id.rawValue)
    case .industries: industries.map(\.id.rawValue)
    case .specializations: specializations.map(\.id.rawValue)
    }
  }

  public func degree(_ id: DegreeID) -> Degree? { degrees.first { $0.id == id } }
  public func certification(_ id: CertificationID) -> Certification? {
    certifications.first { $0.id == id }
  }
  public func specialization(_ id: SpecializationID) -> Specialization? {
    specializations.first { $0.id == id }
  }
  public func industry(_ id: IndustryID) -> Industry? { industries.first { $0.id == id } }
  /// The topic an intent answers facet by facet, if it has one.
  public func topic(_ intent: String) -> Topic? {
    storage.topicPositions.position(of: IntentID(intent)).map { topics[$0] }
  }

  /// The facets topics lend to the questions of other intents (`also answers`), in the order of
  /// `topics`: every question's intent is compared with these few, where reading each topic's
  /// lent facets cost more than the comparisons.
  var lendings: [Lending] { storage.lendings }

  public func discipline(_ id: DisciplineID) -> Discipline? {
    disciplines.first { $0.id == id }
  }
}

extension KnowledgeBase {
  /// The knowledge base compiled into the binary from `Knowledge/`
  /// (`swift run generate-embedded`): checked and built when it was generated, so start-up
  /// parses nothing.
  public static let standard = EmbeddedKnowledge.knowledge
}
