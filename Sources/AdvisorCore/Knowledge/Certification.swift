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
  /// Whether it is needed, yes or no first: what "do I need a PE license?" is answered.
  public let needed: [Sourced<String>]
  /// The certifications earned on the way to it, which a holder has no need to be offered:
  /// the EIT for the PE license.
  public let includes: [CertificationID]
  /// Its short cells in a side-by-side table.
  public let cells: TableCells

  init(
    id: CertificationID, name: String, aliases: [String], summary: Sourced<String>,
    issuer: Known<String>, requirements: [Sourced<String>], value: [Sourced<String>],
    figures: [Figure], helps: [RoleID], needed: [Sourced<String>], includes: [CertificationID] = [],
    cells: TableCells
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
    self.needed = needed
    self.includes = includes
    self.cells = cells
  }
}
