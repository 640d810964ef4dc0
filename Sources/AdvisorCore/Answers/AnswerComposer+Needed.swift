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
    for degree in request.entities.degrees.compactMap({ knowledge.degree($0) }) where !degree.needed.isEmpty {
      answer.heading(degree.name)
      answer.blocks += degree.needed.map { .text(statement($0)) }
    }
    for certification in request.entities.certifications.compactMap({ knowledge.certification($0) })
    where !certification.needed.isEmpty {
      answer.heading(certification.name)
      answer.blocks += certification.needed.map { .text(statement($0)) }
      answer.bullets(certification.requirements.prefix(4).map { statement($0) })
    }
    return answer.blocks.isEmpty ? nil : answer
  }
}
