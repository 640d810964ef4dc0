/// The entities a question names (or the conversation carries), each kind in the order
/// named and without repeats.
public struct Entities: Sendable, Equatable {
  public var roles: [RoleID] = []
  public var certifications: [CertificationID] = []
  public var degrees: [DegreeID] = []
  public var disciplines: [DisciplineID] = []
  public var industries: [IndustryID] = []
  public var specializations: [SpecializationID] = []

  init() {}

  /// The contract ids found for one kind.
  public func ids(of kind: EntityKind) -> [String] {
    switch kind {
    case .roles: roles.map(\.rawValue)
    case .certifications: certifications.map(\.rawValue)
    case .degrees: degrees.map(\.rawValue)
    case .disciplines: disciplines.map(\.rawValue)
    case .industries: industries.map(\.rawValue)
    case .specializations: specializations.map(\.rawValue)
    }
  }

  /// Whether any entity of `kind` is present: asked of some kinds for every intent of every
  /// question, so it reads the list of that kind rather than spelling out its ids.
  public func contains(_ kind: EntityKind) -> Bool {
    switch kind {
    case .roles: !roles.isEmpty
    case .certifications: !certifications.isEmpty
    case .degrees: !degrees.isEmpty
    case .disciplines: !disciplines.isEmpty
    case .industries: !industries.isEmpty
    case .specializations: !specializations.isEmpty
    }
  }

  public var isEmpty: Bool {
    EntityKind.allCases.allSatisfy { !contains($0) }
  }

  /// Adds one entity, keeping first-named order and dropping repeats.
  mutating func add(_ entity: Entity) {
    switch entity {
    case .role(let id): append(id, to: &roles)
    case .certification(let id): append(id, to: &certifications)
    case .degree(let id): append(id, to: &degrees)
    case .discipline(let id): append(id, to: &disciplines)
    case .industry(let id): append(id, to: &industries)
    case .specialization(let id): append(id, to: &specializations)
    }
  }

  private func append<ID: Equatable>(_ id: ID, to list: inout [ID]) {
    if !list.contains(id) { list.append(id) }
  }
}

/// One entity of any kind.
public enum Entity: Sendable, Equatable, Hashable {
  case role(RoleID)
  case certification(CertificationID)
  case degree(DegreeID)
  case discipline(DisciplineID)
  case industry(IndustryID)
  case specialization(SpecializationID)

  /// The token the classifier reads for the entity, as the intent files write it: "<role>".
  ///
  /// Spelt out for each kind, where writing it from the kind's name made a string for every
  /// name of every question (EntitiesTests checks that the two agree).
  var placeholder: String {
    switch self {
    case .role: "<role>"
    case .certification: "<certification>"
    case .degree: "<degree>"
    case .discipline: "<discipline>"
    case .industry: "<industry>"
    case .specialization: "<specialization>"
    }
  }

  public var kind: EntityKind {
    switch self {
    case .role: .roles
    case .certification: .certifications
    case .degree: .degrees
    case .discipline: .disciplines
    case .industry: .industries
    case .specialization: .specializations
    }
  }
}
