/// The advisor's response to one line: what it understood and what it answers.
public struct Reply: Sendable {
  public let input: String
  public let intent: IntentID
  public let confidence: Double
  /// Entities found in the question or carried from the conversation.
  public let entities: Entities
  public let answer: Answer
  /// The sources the answer used (`answer.sources`), as the registry gives them.
  public let sources: [Source]
  /// How understanding read the question, before the conversation, for `:why`.
  public let analysis: Analysis
  /// What the conversation and the profile changed ("Still about the VP of engineering."),
  /// for `:why`.
  public let assumptions: [String]
}
