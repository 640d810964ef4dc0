/// Everything the advisor knows, each fact with its source.
///
/// A value: answers read it, nothing writes it. `KnowledgeBase.standard` is the one
/// built from the files of `Knowledge/` (the seed article and `career-facts.md`).
public struct KnowledgeBase: Sendable, Equatable {
  /// Every role, in ladder order.
  public let roles: [Role]
  public let ladder: [LadderStage]
  /// The article's summary progression (project engineer → manager → director).
  public let progression: Sourced<[RoleID]>
  /// The two roles the article's table compares (engineering manager, then director).
  public let comparisonRoles: [RoleID]
  public let managerVersusDirector: [ComparisonRow]
  public let degrees: [Degree]
  /// Facts on education in general: bachelor's disciplines, the path to a master's.
  public let educationNotes: [Sourced<String>]
  /// What someone still studying can do now: the bachelor's, the FE exam.
  public let studentNotes: [Sourced<String>]
  public let certifications: [Certification]
  /// Facts on certifications in general: why they help, which the article lists.
  public let certificationNotes: [Sourced<String>]
  public let specializations: [Specialization]
  public let industries: [Industry]
  public let industryFacts: IndustryFacts
  public let disciplines: [Discipline]
  /// What engineering management is, for a question about the field rather than a role.
  public let fieldDefinition: [Sourced<String>]
  /// Pay for the field as a whole.
  public let fieldPay: [Figure]
  /// Skills to develop to advance, whatever the role.
  public let advancementSkills: [Sourced<String>]
  public let outlook: [Sourced<String>]
  public let outlookFigures: [Figure]
  /// Questions answered facet by facet (the technical track, work and life), by intent id.
  public let topics: [Topic]
  public let sources: [Source]

  init(
    roles: [Role], ladder: [LadderStage], progression: Sourced<[RoleID]>,
    comparisonRoles: [RoleID], managerVersusDirector: [ComparisonRow], degrees: [Degree],
    educationNotes: [Sourced<String>], studentNotes: [Sourced<String>], certifications: [Certification],
    certificationNotes: [Sourced<String>], specializations: [Specialization],
    industries: [Industry], industryFacts: IndustryFacts, disciplines: [Discipline],
    fieldDefinition: [Sourced<String>], fieldPay: [Figure], advancementSkills: [Sourced<String>],
    outlook: [Sourced<String>], outlookFigures: [Figure], topics: [Topic], sources: [Source]
  ) {
    self.roles = roles
    self.ladder = ladder
    self.progression = progression
    self.comparisonRoles = comparisonRoles
    self.managerVersusDirector = managerVersusDirector
    self.degrees = degrees
    self.educationNotes = educationNotes
    self.studentNotes = studentNotes
    self.certifications = certifications
    self.certificationNotes = certificationNotes
    self.specializations = specializations
    self.industries = industries
    self.industryFacts = industryFacts
    self.disciplines = disciplines
    self.fieldDefinition = fieldDefinition
    self.fieldPay = fieldPay
    self.advancementSkills = advancementSkills
    self.outlook = outlook
    self.outlookFigures = outlookFigures
    self.topics = topics
    self.sources = sources
  }

  /// The role with this id; every `RoleID` has one (the validation tests check it).
  ///
  /// A search in place, as for sources: a knowledge base has a few dozen of each, and a table
  /// of them would cost start-up more than the searches cost a question.
  public func role(_ id: RoleID) -> Role? {
    roles.first { $0.id == id }
  }

  /// The source with this id.
  ///
  /// Ids of another length are passed over without comparing their text: answers look up a few
  /// sources each.
  public func source(_ id: SourceID) -> Source? {
    let length = id.rawValue.utf8.count
    return sources.first { $0.id.rawValue.utf8.count == length && $0.id == id }
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
  public func topic(_ intent: String) -> Topic? { topics.first { $0.id == intent } }
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
