/// An engineering discipline people start from.
public struct Discipline: Sendable, Identifiable, Equatable {
  public let id: DisciplineID
  public let name: String
  public let aliases: [String]
  /// Where the sources say this discipline can lead.
  public let paths: [Sourced<String>]
  public let industries: [IndustryID]
  public let figures: [Figure]

  init(
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
