/// Finding a run of elements inside a collection: a phrase's stems in a question, a facet's
/// words, a figure's bytes in a statement (read in place, with no array made of them).
extension RandomAccessCollection where Element: Equatable, Index == Int {
  /// Whether `run` occurs here as consecutive elements; an empty run never does.
  ///
  /// Compares the run's first element before calling on the rest: figures are searched for in
  /// statements hundreds of bytes long.
  func containsRun(_ run: Self) -> Bool {
    guard let head = run.first, count >= run.count else { return false }
    var start = startIndex
    while start <= endIndex - run.count {
      if self[start] == head, hasRun(run, at: start) { return true }
      start += 1
    }
    return false
  }

  /// Whether `run` occurs starting at `start`; the caller keeps it within bounds.
  func hasRun(_ run: Self, at start: Int) -> Bool {
    var offset = 0
    while offset < run.count, self[start + offset] == run[run.startIndex + offset] { offset += 1 }
    return offset == run.count
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether `run` occurs here as consecutive bytes; an empty run never does.
  ///
  /// Jumps from one place of the run's first byte to the next, found eight bytes at a time:
  /// a figure's bytes are searched for in statements hundreds of bytes long.
  func containsRun(_ run: Self) -> Bool {
    guard let head = run.first, count >= run.count else { return false }
    var start = index(ofByte: head, from: 0)
    while start <= count - run.count {
      if hasRun(run, at: start) { return true }
      start = index(ofByte: head, from: start + 1)
    }
    return false
  }
}
