/// Finds the name a typo in a transcript most likely meant, for "did you mean" hints.
///
/// Uses the spelling corrector's edit distance, so a swap of two letters is one edit here too.
enum NameSuggestion {
  /// The name closest to `word` within `limit` edits, or nil.
  static func closest(to word: String, among names: [String], limit: Int = 2) -> String? {
    let typed = Array(word.lowercased().utf8)
    let scored = names.compactMap { name in
      EditDistance.distance(typed, Array(name.utf8)[...], limit: limit).map { (name: name, distance: $0) }
    }
    return scored.min { $0.distance < $1.distance }?.name
  }
}
