/// The intents a classification ranks, most probable first, read as `ScoredIntent`s.
///
/// Kept as plain numbers an intent, with its place in the classifier's order, and the ids
/// looked up as each intent is read: making and freeing the list (every question) retains and
/// releases the two arrays rather than an id an intent.
public struct RankedIntents: RandomAccessCollection, Sendable {
  /// The classifier's intents, in its order.
  let intents: [IntentID]
  /// Each ranked intent's numbers, most probable first.
  let entries: [Entry]

  /// One ranked intent's numbers, and its place in `intents`.
  struct Entry {
    let place: Int
    let score: Double
    let probability: Double
    let hand: HandScore
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { entries.count }

  public subscript(position: Int) -> ScoredIntent {
    let entry = entries[position]
    return ScoredIntent(
      intent: intents[entry.place], score: entry.score, probability: entry.probability, hand: entry.hand)
  }
}
