/// An example question and the intent it asks for: one line of `Intents/examples/<intent>.txt`
/// or an `example:` line of an intent file.
public struct LabelledQuestion: Sendable, Equatable {
  public let text: String
  public let intent: IntentID
  /// The file and line it came from, for warnings.
  public let file: String
  public let line: Int

  public init(text: String, intent: IntentID, file: String, line: Int) {
    self.text = text
    self.intent = intent
    self.file = file
    self.line = line
  }

  /// The questions of an examples file, `examples/<intent>.txt`: one a line; blank lines and
  /// `#` comments skipped.
  static func parse(file: String, text: String, intent: IntentID) -> [LabelledQuestion] {
    var questions: [LabelledQuestion] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let question = line.trimmed()
      guard !question.isEmpty, !question.hasPrefix("#") else { continue }
      questions.append(LabelledQuestion(text: question, intent: intent, file: file, line: index + 1))
    }
    return questions
  }
}
