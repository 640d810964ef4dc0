/// A value built the first time it is needed, then kept.
///
/// A class because building it changes it from "not yet" to "built" behind a `let`:
/// the analyzer that holds it stays a value that answers questions without `mutating`.
final class Deferred<Value> {
  private var built: Value?
  private let build: () -> Value

  init(_ build: @escaping () -> Value) {
    self.build = build
  }

  /// The value, built on first use.
  var value: Value {
    if let built { return built }
    let value = build()
    built = value
    return value
  }
}
