/// Pointing back at the pay sum just weighed.
extension ContextResolver {
  /// "How does that compare to the BLS median?" after "I make 150k as an EM, is that good?":
  /// a question about pay, or one that compares, that points back and names no sum, role or
  /// other thing of its own weighs the sum just weighed again, for the same role.
  func weighSumAgain(_ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution) {
    guard let sum = state.weighedSum, !analysis.references.isEmpty, analysis.entities.isEmpty,
      [.salary, .compare].contains(resolution.intent), Money.inQuestion(analysis.words) == nil
    else { return }
    resolution.intent = .salary
    resolution.sum = sum
  }
}
