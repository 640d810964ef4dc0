/// One dimension of the article's engineering manager versus director table.
public struct ComparisonRow: Sendable, Equatable {
  /// The dimension, for example "Scope" or "Budgets".
  public let dimension: String
  public let manager: String
  public let director: String
  public let source: SourceID

  init(dimension: String, manager: String, director: String, source: SourceID) {
    self.dimension = dimension
    self.manager = manager
    self.director = director
    self.source = source
  }
}
