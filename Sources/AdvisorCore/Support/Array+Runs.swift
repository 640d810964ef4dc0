/// Finding a run of elements inside an array: a phrase's stems in a question, a facet's words,
/// a figure's bytes in a statement.
extension Array where Element: Equatable {
  /// Whether `run` occurs here as consecutive elements; an empty run never does.
  func containsRun(_ run: [Element]) -> Bool {
    guard !run.isEmpty, count >= run.count else { return false }
    return (0...(count - run.count)).contains { hasRun(run, at: $0) }
  }

  /// Whether `run` occurs starting at `start`; the caller keeps it within bounds.
  func hasRun(_ run: [Element], at start: Int) -> Bool {
    var offset = 0
    while offset < run.count, self[start + offset] == run[offset] { offset += 1 }
    return offset == run.count
  }
}
