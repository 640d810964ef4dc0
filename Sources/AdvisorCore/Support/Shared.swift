/// A value held once, by reference, for values that are copied often and never changed: a
/// copy of the box costs one reference count, where a copy of a struct of many strings and
/// lists costs one for each of them.
final class Shared<Value: Sendable>: Sendable {
  let value: Value

  init(_ value: Value) {
    self.value = value
  }
}
