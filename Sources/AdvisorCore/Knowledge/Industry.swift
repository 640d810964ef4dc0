/// An industry that hires engineering managers.
public struct Industry: Sendable, Identifiable, Equatable {
  public let id: IndustryID
  public let name: String
  public let aliases: [String]
  /// What the sources say about engineering management in this industry.
  public let notes: [Sourced<String>]
  public let figures: [Figure]

  init(
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
