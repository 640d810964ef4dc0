/// An intent's learned keywords, strongest first, like a vocabulary list: what
/// `advisor intents ID` prints, so a student sees what the examples taught.
public struct IntentVocabulary: Sendable {
  public let intent: IntentID
  /// The features that pull towards the intent, strongest first.
  public let towards: [(feature: String, weight: Double)]
  /// The features that pull away from it, strongest first.
  public let away: [(feature: String, weight: Double)]

  /// The vocabulary of `intent` in `weights`, `count` features each way; nil for an intent
  /// the weights were not learned for.
  public init?(intent: IntentID, weights: LearnedWeights, count: Int) {
    guard let column = weights.intents.firstIndex(of: intent) else { return nil }
    var pulls: [(feature: String, weight: Double)] = []
    for (feature, row) in weights.allWeights() {
      if let pull = row.first(where: { $0.intent == column }) { pulls.append((feature, pull.weight)) }
    }
    self.intent = intent
    towards = Array(
      pulls.filter { $0.weight > 0 }.sorted { ($0.weight, $1.feature) > ($1.weight, $0.feature) }.prefix(
        count))
    away = Array(
      pulls.filter { $0.weight < 0 }.sorted { ($0.weight, $0.feature) < ($1.weight, $1.feature) }.prefix(
        count))
  }

  /// The list as text: `"how much" +2.1, "salari" +1.9, …`, features as `--explain` names them.
  public static func listed(_ pulls: [(feature: String, weight: Double)]) -> String {
    pulls.isEmpty
      ? "none"
      : pulls.map { Explanation.describe(feature: $0.feature) + " " + Explanation.signed($0.weight) }
        .joined(separator: ", ")
  }
}
