import AdvisorCore

/// Keeps the weights learned from an edited copy of `Intents/` in the state folder, so
/// `advisor --intents DIR` trains once (seconds) and starts instantly after, until a file
/// of the copy changes.
///
/// One file, `learned-weights`, holding the last weights learned, under the digest of the
/// files they came from (`IntentTrainer.digest`). A cache, not a record: a file that is
/// missing, unreadable, of other files or damaged means training again, and one that cannot
/// be written means training next time too; neither is worth a message.
enum LearnedWeightsCache {
  static let fileName = "learned-weights"

  /// The weights recorded for files with `digest`, if the cache holds them.
  static func load(digest: String) -> LearnedWeights? {
    guard let path = StateDirectory.file(fileName),
      let bytes = try? Platform.readFile(path, limit: Limits.fileBytes)
    else { return nil }
    return LearnedWeights(text: String(decoding: bytes, as: UTF8.self), digest: digest)
  }

  /// Records `weights`, learned from files with `digest`, in place of what the cache held.
  static func save(_ weights: LearnedWeights, digest: String) {
    guard let path = StateDirectory.file(fileName) else { return }
    try? AtomicFile.write(weights.text(digest: digest), to: path)
  }
}
