/// A degree on the path (bachelor's, MEM, MBA).
public struct Degree: Sendable, Identifiable, Equatable {
  public let id: DegreeID
  public let name: String
  /// Lowercase ways people say it ("mem", "master of engineering management", ...).
  public let aliases: [String]
  public let level: Level
  public let summary: Sourced<String>
  public let duration: Known<String>
  /// What the degree teaches, one item each.
  public let teaches: [Sourced<String>]
  /// What the degree is worth: premiums, returns, who it suits.
  public let value: [Sourced<String>]
  public let figures: [Figure]

  public init(
    id: DegreeID, name: String, aliases: [String], level: Level, summary: Sourced<String>,
    duration: Known<String>, teaches: [Sourced<String>], value: [Sourced<String>],
    figures: [Figure]
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.level = level
    self.summary = summary
    self.duration = duration
    self.teaches = teaches
    self.value = value
    self.figures = figures
  }
}

extension Degree {
  /// Whether a degree is a first degree or a graduate one: advice suggests a master's to
  /// those who hold none, and "is a master's worth it?" compares the master's degrees.
  public enum Level: String, CaseIterable, Sendable {
    case bachelor, master
  }
}

/// A professional certification (PMP, EIT, CPE, CSM, Lean Six Sigma).
public struct Certification: Sendable, Identifiable, Equatable {
  public let id: CertificationID
  /// The full name, for example "Project Management Professional (PMP)".
  public let name: String
  public let aliases: [String]
  public let summary: Sourced<String>
  public let issuer: Known<String>
  public let requirements: [Sourced<String>]
  /// Why it helps, and figures on its effect, one item each.
  public let value: [Sourced<String>]
  public let figures: [Figure]
  /// The roles it helps most, from the sources.
  public let helps: [RoleID]

  public init(
    id: CertificationID, name: String, aliases: [String], summary: Sourced<String>,
    issuer: Known<String>, requirements: [Sourced<String>], value: [Sourced<String>],
    figures: [Figure], helps: [RoleID]
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.summary = summary
    self.issuer = issuer
    self.requirements = requirements
    self.value = value
    self.figures = figures
    self.helps = helps
  }
}

/// One of the four MEM specializations.
public struct Specialization: Sendable, Identifiable, Equatable {
  public let id: SpecializationID
  public let name: String
  public let aliases: [String]
  public let focus: Sourced<String>
  public let roles: [RoleID]

  public init(
    id: SpecializationID, name: String, aliases: [String], focus: Sourced<String>,
    roles: [RoleID]
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.focus = focus
    self.roles = roles
  }
}

/// An industry that hires engineering managers.
public struct Industry: Sendable, Identifiable, Equatable {
  public let id: IndustryID
  public let name: String
  public let aliases: [String]
  /// What the sources say about engineering management in this industry.
  public let notes: [Sourced<String>]
  public let figures: [Figure]

  public init(
    id: IndustryID, name: String, aliases: [String], notes: [Sourced<String>],
    figures: [Figure]
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.notes = notes
    self.figures = figures
  }
}

/// An engineering discipline people start from.
public struct Discipline: Sendable, Identifiable, Equatable {
  public let id: DisciplineID
  public let name: String
  public let aliases: [String]
  /// Where the sources say this discipline can lead.
  public let paths: [Sourced<String>]
  public let industries: [IndustryID]
  public let figures: [Figure]

  public init(
    id: DisciplineID, name: String, aliases: [String], paths: [Sourced<String>],
    industries: [IndustryID], figures: [Figure]
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.paths = paths
    self.industries = industries
    self.figures = figures
  }
}

/// One rung group of the ladder: a stage with its roles.
public struct LadderStage: Sendable, Equatable {
  public let stage: Stage
  public let name: String
  public let summary: Sourced<String>
  public let roles: [RoleID]
  public let typicalTime: Known<String>

  public init(
    stage: Stage, name: String, summary: Sourced<String>, roles: [RoleID],
    typicalTime: Known<String>
  ) {
    self.stage = stage
    self.name = name
    self.summary = summary
    self.roles = roles
    self.typicalTime = typicalTime
  }
}

/// One dimension of the article's engineering manager versus director table.
public struct ComparisonRow: Sendable, Equatable {
  /// The dimension, for example "Scope" or "Budgets".
  public let dimension: String
  public let manager: String
  public let director: String
  public let source: SourceID

  public init(dimension: String, manager: String, director: String, source: SourceID) {
    self.dimension = dimension
    self.manager = manager
    self.director = director
    self.source = source
  }
}
