/// Finds the name a typo in a transcript most likely meant, for "did you mean" hints.
///
/// A plain edit distance of its own rather than the classifier's tuned one: messages
/// about transcripts should not change when the spelling corrector is tuned.
enum NameSuggestion {
  /// The name closest to `word` within `limit` edits (insert, delete, replace), or nil.
  static func closest(to word: String, among names: [String], limit: Int = 2) -> String? {
    let typed = Array(word.lowercased())
    let scored = names.map { (name: $0, distance: distance(typed, Array($0))) }
    return scored.filter { $0.distance <= limit }.min { $0.distance < $1.distance }?.name
  }

  /// The Levenshtein distance of two short words.
  private static func distance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(0...b.count)
    for (i, left) in a.enumerated() {
      var current = [i + 1]
      for (j, right) in b.enumerated() {
        current.append(
          min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }
}
