/// An example question and the intent it asks for: one line of `Intents/examples/<intent>.txt`
/// or an `example:` line of an intent file.
public struct LabelledQuestion: Sendable, Equatable {
  public let text: String
  public let intent: IntentID
  /// The file and line it came from, for warnings.
  public let file: String
  public let line: Int
  /// How many times training counts it: more than once for questions asked the way users
  /// really ask (the opened evaluation sets), so they outweigh invented phrasings.
  public let weight: Int

  public init(text: String, intent: IntentID, file: String, line: Int, weight: Int = 1) {
    self.text = text
    self.intent = intent
    self.file = file
    self.line = line
    self.weight = weight
  }

  /// The questions of an examples file, `examples/<intent>.txt`: one a line; blank lines and
  /// `#` comments skipped; a line `weight: N` (N from 1 to 9) makes the questions after it
  /// count N times in training.
  /// - Throws: `IntentFileError` for a `weight:` line that is not a whole number from 1 to 9.
  static func parse(file: String, text: String, intent: IntentID) throws(IntentFileError)
    -> [LabelledQuestion]
  {
    var questions: [LabelledQuestion] = []
    var weight = 1
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let question = line.trimmed()
      guard !question.isEmpty, !question.hasPrefix("#") else { continue }
      guard question.hasPrefix("weight:") else {
        questions.append(
          LabelledQuestion(text: question, intent: intent, file: file, line: index + 1, weight: weight))
        continue
      }
      let value = question.dropFirst("weight:".count).trimmed()
      guard let count = Int(value), (1...9).contains(count) else {
        throw IntentFileError(file: file, line: index + 1, problem: .badExampleWeight(value))
      }
      weight = count
    }
    return questions
  }
}
