/// `:quiz` in a session: while a quiz runs, a line that is not a command is its answer;
/// every command still works, and `:quiz stop` ends it with the score so far.
extension Session {
  /// Carries out `:quiz` with the words after it.
  mutating func quizCommand(_ argument: String) -> String {
    let command: QuizCommand
    do throws(QuizCommand.Problem) {
      command = try QuizCommand.parse(argument)
    } catch {
      return error.message
    }
    switch command {
    case .stop:
      guard let quiz else { return "No quiz is under way; :quiz starts one." }
      self.quiz = nil
      return quiz.stopped
    case .start(let topic, let seed):
      if let quiz { return quiz.progress }
      // Without a seed, each quiz of the session takes the next one: different questions
      // each time, yet the same in every replay of the conversation.
      quizzesStarted += 1
      let seed = seed ?? UInt64(quizzesStarted)
      guard let quiz = Quiz(bank: QuizBank(composer: advisor.composer), topic: topic, seed: seed) else {
        return "The knowledge base gives no quiz questions" + (topic.map { " on \($0.rawValue)" } ?? "") + "."
      }
      self.quiz = quiz
      return quiz.opening
    }
  }

  /// The line as a recording should hold it, once handled, so that it replays the same: a
  /// `:quiz` that took its seed from the session (how many quizzes came before) gets the
  /// seed written out, since a replay starts with none before.
  public func recordable(_ line: String) -> String {
    let text = Self.typedText(line)
    guard let quiz, let (command, argument) = MetaCommand.parse(text), command == .quiz,
      case .start(_, seed: nil)? = try? QuizCommand.parse(argument)
    else { return line }
    return text + " --seed \(quiz.seed)"
  }

  /// Marks an answer to the quiz under way; the quiz ends after its last question.
  mutating func answerQuiz(_ text: String) -> String {
    guard var quiz else { return "" }
    let result = quiz.answer(text, analysis: advisor.analyze(text))
    self.quiz = quiz.isFinished ? nil : quiz
    return result
  }
}
