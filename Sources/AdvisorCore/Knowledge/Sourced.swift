/// A value together with the source that states it.
///
/// Every fact the advisor can say carries one, so an answer can always name where a
/// statement comes from.
///
/// Equatable only where its value is (below), not by a constraint on `Value`: a constraint
/// is checked at run time each time a new kind of fact is first built, and start-up builds
/// dozens.
public struct Sourced<Value: Sendable>: Sendable {
  public let value: Value
  public let source: SourceID

  init(_ value: Value, _ source: SourceID) {
    self.value = value
    self.source = source
  }
}

extension Sourced: Equatable where Value: Equatable {}
