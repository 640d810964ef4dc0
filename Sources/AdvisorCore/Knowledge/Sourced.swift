/// A value together with the source that states it.
///
/// Every fact the advisor can say carries one, so an answer can always name where a
/// statement comes from.
public struct Sourced<Value: Sendable & Equatable>: Sendable, Equatable {
  public let value: Value
  public let source: SourceID

  public init(_ value: Value, _ source: SourceID) {
    self.value = value
    self.source = source
  }
}

/// A fact that the sources either state, or are silent about.
///
/// Silence is recorded explicitly (`.notInSources`) rather than left out, so the
/// knowledge-base validation can tell a forgotten field from a gap in the sources, and
/// an answer can say plainly that the sources do not say.
public enum Known<Value: Sendable & Equatable>: Sendable, Equatable {
  case known(Value, SourceID)
  case notInSources

  /// The value with its source, or `nil` when the sources are silent.
  public var sourced: Sourced<Value>? {
    switch self {
    case .known(let value, let source): Sourced(value, source)
    case .notInSources: nil
    }
  }
}

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

  public init(
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
