/// What the classifier makes of a question.
public struct Classification: Sendable {
  /// Intents with a positive score, best first, with the terms each matched.
  public let ranked: [ScoredIntent]
  /// The chosen intent: the best one, or `unknown` when nothing scores enough.
  public let intent: IntentID
  /// How sure the choice is, in [0, 1].
  public let confidence: Double
  /// True when the best intent is weak or too close to the next: the advisor asks rather than
  /// guesses.
  public let isUnsure: Bool
  /// The part of the best score that comes from words rather than entities: zero means the
  /// question names things but no topic ("what about directors?").
  public let topicScore: Double
}

/// One intent's score for a question, and why.
public struct ScoredIntent: Sendable {
  public let intent: IntentID
  public let score: Double
  /// The part of the score that comes from words and phrases rather than entities.
  public let topicScore: Double
  /// The terms of the intent file that matched, with their weights.
  public let matched: [(term: IntentTerm, weight: Double)]
}
