/// Lists that name each thing once: the sources an answer cites, the roles a table draws on.
extension Array where Element: Equatable {
  /// The elements in order of first appearance, each once.
  ///
  /// Compares rather than hashes: the lists are a few elements long.
  func eachOnce() -> [Element] {
    reduce(into: []) { once, element in
      if !once.contains(element) { once.append(element) }
    }
  }
}
