/// Messages that give background before they ask.
extension QuestionAnalyzer {
  /// Analyzes a message, reading background that ends in a question as that question.
  ///
  /// "Some context first. I'm 44, an electrical engineer in defense. … What does an innovation
  /// consultant actually do?" says so much about its writer that, read whole, it is a
  /// statement about oneself; but it ends by asking, and the asking wants the answer. So when
  /// the whole reads as a profile and asks something (has a question mark), its last
  /// sentence is classified alone, and that reading counts when it is a topic. The entities,
  /// and what the profile learns, still come from the whole message: the background names
  /// the writer's own role, which a comparison needs.
  public func analyzeMessage(_ message: String, licensingDiscussed: Bool = false) -> Analysis {
    var whole = analyze(message, licensingDiscussed: licensingDiscussed)
    guard whole.classification.intent == .profile, message.hasQuestionMark,
      let asked = Self.lastSentence(of: message)
    else { return whole }
    let question = analyze(asked, licensingDiscussed: licensingDiscussed)
    guard intents.topics.contains(question.classification.intent) else { return whole }
    whole.classification = question.classification
    whole.askedQuestion = asked
    return whole
  }

  /// The message's last sentence, when it has more than one: what follows the last `.`, `!`
  /// or `?` that ends a sentence before its end.
  static func lastSentence(of message: String) -> String? {
    let text = message.drop(while: \.isWhitespace)
    let ends = text.indices.dropLast().filter { index in
      ".!?".contains(text[index]) && text[text.index(after: index)].isWhitespace
    }
    guard let end = ends.last else { return nil }
    let sentence = text[text.index(after: end)...].drop(while: \.isWhitespace)
    return sentence.contains { !$0.isWhitespace } ? String(sentence) : nil
  }
}
