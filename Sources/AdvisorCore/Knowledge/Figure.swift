/// A number as a source gives it: what it measures, when, and for whom.
///
/// `amount` is kept as the source writes it ("$121,560", "$90,000 to $150,000+"), so an
/// answer can never round or restate a figure differently from its source.
public struct Figure: Sendable, Equatable {
  /// The figure as written, for example "$121,560".
  public let amount: String
  /// What it measures, for example "average salary".
  public let measure: String
  /// The period it refers to, for example "2025" or "May 2024".
  public let year: String
  /// Whom it describes when that is not the role itself, for example "architectural and
  /// engineering managers, the closest BLS occupation".
  public let scope: String?
  public let source: SourceID

  init(
    _ amount: String, _ measure: String, year: String, scope: String? = nil,
    source: SourceID
  ) {
    self.amount = amount
    self.measure = measure
    self.year = year
    self.scope = scope
    self.source = source
  }
}
