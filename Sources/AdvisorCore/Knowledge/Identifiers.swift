/// The id of one thing of the knowledge base: a role, a degree, a source.
///
/// Ids are data, not Swift: each comes from a file of `Knowledge/` (`roles/cto.role`
/// declares `id: cto`), so a maintainer adds a role or a source without editing Swift. The
/// `Kind` parameter only keeps a role id from standing where a degree id is expected.
public struct Identifier<Kind>: RawRepresentable, Hashable, Comparable, Sendable {
  /// The id as the contract and the files write it, for example `engineering_manager`.
  public let rawValue: String

  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

extension Identifier: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) {
    self.rawValue = value
  }
}

extension Identifier: CustomStringConvertible {
  public var description: String { rawValue }
}

/// Tags that tell ids of different kinds apart; they have no values.
public enum IdentifierKind {
  public enum Role {}
  public enum Certification {}
  public enum Degree {}
  public enum Discipline {}
  public enum Industry {}
  public enum Specialization {}
  public enum Source {}
  public enum Intent {}
}

/// A role of the contract (`INTENTS.md`), or one a maintainer added in `Knowledge/roles/`.
public typealias RoleID = Identifier<IdentifierKind.Role>
public typealias CertificationID = Identifier<IdentifierKind.Certification>
public typealias DegreeID = Identifier<IdentifierKind.Degree>
public typealias DisciplineID = Identifier<IdentifierKind.Discipline>
public typealias IndustryID = Identifier<IdentifierKind.Industry>
public typealias SpecializationID = Identifier<IdentifierKind.Specialization>
/// A source of the registry, `Knowledge/sources`.
public typealias SourceID = Identifier<IdentifierKind.Source>

/// Where a role sits on the career path.
public enum Stage: String, CaseIterable, Sendable {
  case early, mid, advanced, executive
  /// A role reached through an MEM specialization rather than the main ladder.
  case specialist
}

/// Whether a role's work is mostly day-to-day execution or long-term direction.
public enum Focus: String, Sendable {
  case technical, tactical, strategic, executive
}
