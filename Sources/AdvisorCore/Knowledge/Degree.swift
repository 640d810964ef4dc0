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
  /// Whether the degree is needed, yes or no first: what "do I need an MBA?" is answered.
  public let needed: [Sourced<String>]
  /// Its short cells in a side-by-side table.
  public let cells: TableCells

  init(
    id: DegreeID, name: String, aliases: [String], level: Level, summary: Sourced<String>,
    duration: Known<String>, teaches: [Sourced<String>], value: [Sourced<String>],
    figures: [Figure], needed: [Sourced<String>], cells: TableCells
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
    self.needed = needed
    self.cells = cells
  }
}

extension Degree {
  /// Whether a degree is a first degree or a graduate one: advice suggests a master's to
  /// those who hold none, and "is a master's worth it?" compares the master's degrees.
  public enum Level: String, CaseIterable, Sendable {
    case bachelor, master
  }
}
