/// A quiz under way (`:quiz`): questions from the knowledge base, in an order a seed
/// decides, each answer marked and followed by the sourced answer, and a score at the end.
///
/// A value the session keeps while it runs: no randomness of its own, so the same seed and
/// topic ask the same questions everywhere.
public struct Quiz: Sendable, Equatable {
  /// Questions asked in one quiz, at most.
  static let length = 5

  let seed: UInt64
  let topic: QuizQuestion.Topic?
  let questions: [QuizQuestion]
  /// The index of the question being asked.
  private(set) var current = 0
  /// Right answers so far.
  private(set) var score = 0

  /// A quiz of up to `length` questions from `bank`, on `topic` (or any), in the order
  /// `seed` gives; nil when the knowledge base gives no question on the topic.
  init?(bank: QuizBank, topic: QuizQuestion.Topic?, seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let questions = Array(generator.shuffled(bank.questions(on: topic)).prefix(Self.length))
    guard !questions.isEmpty else { return nil }
    self.seed = seed
    self.topic = topic
    self.questions = questions
  }

  /// Whether every question has been answered.
  var isFinished: Bool { current >= questions.count }

  /// What starts the quiz: how it works, then the first question.
  var opening: String {
    let subject = topic.map { "Quiz on \($0.rawValue)" } ?? "Quiz"
    let count = questions.count == 1 ? "1 question" : "\(questions.count) questions"
    return "\(subject): \(count) from the knowledge base (seed \(seed)). Answer in your own words; "
      + ":quiz stop ends it.\n\n" + question
  }

  /// Marks `reply` to the current question and moves on.
  /// - Returns: whether it was right, the sourced answer, then the next question or, after
  ///   the last, the score.
  mutating func answer(_ reply: String, analysis: Analysis) -> String {
    let asked = questions[current]
    let right = asked.isAnswered(by: reply, analysis: analysis)
    if right { score += 1 }
    current += 1
    let verdict = (right ? "Right. " : "Not quite. ") + asked.answer
    return verdict + "\n\n" + (isFinished ? result : question)
  }

  /// The score so far, when the quiz is stopped before its end.
  var stopped: String {
    "Quiz stopped after \(current) of \(questions.count) questions. Score: \(score) of \(current)."
  }

  /// The question being asked, as "question 2 of 5".
  public var position: String { "question \(current + 1) of \(questions.count)" }

  /// Where the quiz is, for a `:quiz` typed while it runs.
  var progress: String {
    "A quiz is under way (\(position)): answer it, or type :quiz stop."
  }

  private var question: String {
    "Question \(current + 1) of \(questions.count): \(questions[current].text)"
  }

  private var result: String {
    let again = ":quiz " + (topic.map { $0.rawValue + " " } ?? "") + "--seed \(seed)"
    return "Score: \(score) of \(questions.count). (\(again) asks the same questions again.)"
  }
}
