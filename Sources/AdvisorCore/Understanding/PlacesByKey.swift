/// The places of a list grouped by a small number each has (the stem a term is tried at, the
/// fact a term tests), laid out flat so that a group is a stretch of one array: what
/// `TermGroups` lays its records out by, as the intent files are compiled.
struct PlacesByKey: Sendable {
  /// Where each key's places start in `places`, then where the last key's end.
  private let starts: [Int]
  private let places: [Int]

  /// Groups the places of `keys`, one key a place (-1 for none), by key, each group in order:
  /// a counting sort, linear in the places.
  init(keys: [Int]) {
    let keyCount = (keys.max() ?? -1) + 1
    var starts = [Int](repeating: 0, count: keyCount + 1)
    for key in keys where key >= 0 { starts[key + 1] += 1 }
    for key in 0..<keyCount { starts[key + 1] += starts[key] }
    var next = starts
    var places = [Int](repeating: 0, count: starts[keyCount])
    for (place, key) in keys.enumerated() where key >= 0 {
      places[next[key]] = place
      next[key] += 1
    }
    self.starts = starts
    self.places = places
  }

  /// Hands `body` the places with `key`, in order; none for a key no place has.
  func forEach(withKey key: Int, _ body: (Int) -> Void) {
    guard key >= 0, key + 1 < starts.count else { return }
    for index in starts[key]..<starts[key + 1] { body(places[index]) }
  }

  /// How many places have `key`.
  func count(withKey key: Int) -> Int {
    guard key >= 0, key + 1 < starts.count else { return 0 }
    return starts[key + 1] - starts[key]
  }
}
