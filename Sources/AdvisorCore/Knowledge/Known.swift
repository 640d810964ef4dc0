/// A fact that the sources either state, or are silent about.
///
/// Silence is recorded explicitly (`.notInSources`) rather than left out, so the
/// knowledge-base validation can tell a forgotten field from a gap in the sources, and
/// an answer can say plainly that the sources do not say. Equatable where its value is, for
/// the reason `Sourced` gives.
public enum Known<Value: Sendable>: Sendable {
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

extension Known: Equatable where Value: Equatable {}
