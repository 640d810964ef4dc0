/// A value together with the source that states it.
///
/// Every fact the advisor can say carries one, so an answer can always name where a
/// statement comes from.
public struct Sourced<Value: Sendable & Equatable>: Sendable, Equatable {
  public let value: Value
  public let source: SourceID

  init(_ value: Value, _ source: SourceID) {
    self.value = value
    self.source = source
  }
}
