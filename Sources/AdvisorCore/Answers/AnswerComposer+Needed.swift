/// Answers to "do I need …?": yes or no first, from the `needed` lines of the degrees and
/// certifications named, then what getting one takes.
extension AnswerComposer {
  /// The intents whose questions can ask whether a degree or certification is needed.
  static let neededIntents: [IntentID] = [.education, .become, .certifications, .degreeValue]

  /// The yes-or-no answer for each degree and certification named that has `needed`
  /// lines, or nil when the question does not ask whether one is needed.
  func neededAnswer(_ request: Request) -> Answer? {
    guard request.asks(.asksIfNeeded), Self.neededIntents.contains(request.intent)
    else { return nil }
    var answer = Answer()
    var shown: [Sourced<String>] = []
    for degree in request.entities.degrees.compactMap({ knowledge.degree($0) }) where !degree.needed.isEmpty {
      answer.heading(degree.name)
      for needed in degree.needed { answer.text(statement(needed)) }
      shown += degree.needed
    }
    for certification in request.entities.certifications.compactMap({ knowledge.certification($0) })
    where !certification.needed.isEmpty {
      answer.heading(certification.name)
      for needed in certification.needed { answer.text(statement(needed)) }
      answer.bullets(certification.requirements.prefix(4)) { statement($0) }
      shown += certification.needed
    }
    guard !answer.blocks.isEmpty else { return nil }
    // Lines that speak of engineering managers' occupation do not answer "do they need an
    // MEM?" of supply chain analysts: the answer says so.
    let speaksOfManagers = shown.contains { $0.value.containsText(Self.closestOccupation) }
    if speaksOfManagers, let role = request.roles.first, occupation(role) != Self.closestOccupation {
      answer.text(
        "That is what the sources say of \(Self.closestOccupation): they do not say whether "
          + "\(phrasing.plural(role)) need one.")
    }
    return answer
  }
}
