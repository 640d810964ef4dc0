/// An answer as structured text, so each front end can render it its own way: plain
/// for JSON and transcripts, wrapped and styled for a terminal.
public struct Answer: Sendable, Equatable {
  /// One piece of an answer.
  public enum Block: Sendable, Equatable {
    /// A paragraph of text.
    case text(String)
    /// A short heading, e.g. a role's title.
    case heading(String)
    /// A list, one item a line.
    case bullets([String])
    /// A table whose first row is the header.
    case table([[String]])
    /// A remark about how the question was understood ("Taking 'they' to mean …").
    case note(String)
    /// The sources the answer used, as they are named, once each: "Sources: the article;
    /// BLS Occupational Outlook Handbook".
    case sources([String])
  }

  public var blocks: [Block]
  /// The sources the answer used, in order of first use, each once: what a `:sources`
  /// command or a JSON turn lists.
  public var sources: [SourceID]
  /// The roles the answer lists as what it says (the next steps of a role, whom it reports
  /// to), not those it is about: what "those" in the next question points at.
  public var listedRoles: [RoleID] = []
  /// The registry positions of the sources its lines cite, in order of first use, each once.
  ///
  /// Recorded as the lines are added, for `gatherCitations` to name. The first five are held in
  /// place, and most answers cite fewer: a list is made only for those beyond.
  var cited = Citations()

  public init(_ blocks: [Block] = [], sources: [SourceID] = []) {
    self.blocks = blocks
    self.sources = sources
    // An answer begun empty is written block by block: room for a few at once, rather than
    // growing for the first, second and fourth.
    if blocks.isEmpty { self.blocks.reserveCapacity(8) }
  }

  /// Adds a paragraph.
  public mutating func text(_ text: String) { blocks.append(.text(text)) }
  /// Adds a heading.
  public mutating func heading(_ text: String) { blocks.append(.heading(text)) }
  /// Adds a list, unless it is empty.
  public mutating func bullets(_ items: [String]) {
    if !items.isEmpty { blocks.append(.bullets(items)) }
  }
}
