/// What the Tab key does to the line: text to insert at the cursor, and choices to list
/// below the line when there are several.
public struct LineCompletion: Equatable, Sendable {
  /// Inserted at the cursor; empty when there is nothing certain to add.
  public var insertion: String
  /// Shown below the line, already laid out for the terminal; nil to show nothing.
  public var listing: String?

  public init(insertion: String, listing: String? = nil) {
    self.insertion = insertion
    self.listing = listing
  }

  /// Nothing to insert or list: the terminal beeps.
  public static let none = LineCompletion(insertion: "")
}

/// Completes the text before the cursor, given the terminal's width in columns.
public typealias LineCompleter = (_ textBeforeCursor: String, _ columns: Int) -> LineCompletion
