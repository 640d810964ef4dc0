/// A property of the advisor that a fuzz input broke: a bug, whether or not anything crashed.
public struct PropertyViolation: Error, Sendable, CustomStringConvertible {
  /// The property, as a short sentence that should hold ("a recording passes its own check").
  public let property: String
  /// What happened instead, with the values involved.
  public let detail: String

  /// Creates a violation of `property`, described by `detail`.
  public init(_ property: String, _ detail: String) {
    self.property = property
    self.detail = detail
  }

  public var description: String {
    "property violated: \(property)\n\(detail)"
  }

  /// Throws a violation of `property` unless `condition` holds.
  /// - Parameters:
  ///   - condition: what must be true.
  ///   - property: the property, as a sentence.
  ///   - detail: what happened, evaluated only on failure.
  /// - Throws: `PropertyViolation` when `condition` is false.
  static func require(
    _ condition: Bool, _ property: String, _ detail: @autoclosure () -> String
  ) throws(PropertyViolation) {
    if !condition { throw PropertyViolation(property, detail()) }
  }
}
