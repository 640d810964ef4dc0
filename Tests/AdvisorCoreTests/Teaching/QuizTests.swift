import Testing

@testable import AdvisorCore

/// `:quiz`: questions from the knowledge base in an order the seed decides, answers marked
/// with the analyzer's understanding, a score at the end.
@Suite struct QuizTests {
  private func message(_ session: inout Session, _ line: String) -> String {
    guard case .message(let text) = session.handle(line) else {
      Issue.record("\(line.debugDescription) should answer with a message")
      return ""
    }
    return text
  }

  @Test func theSameSeedAsksTheSameQuestionsEveryTime() {
    var first = Session(advisor: TestAdvisor.advisor())
    var second = Session(advisor: TestAdvisor.advisor())
    let opening = message(&first, ":quiz --seed 1")
    #expect(
      opening == """
        Quiz: 5 questions from the knowledge base (seed 1). Answer in your own words; :quiz stop ends it.

        Question 1 of 5: Which certification does the Scrum Alliance issue?
        """)
    #expect(message(&second, ":quiz --seed=1") == opening)
    let questions = { (session: inout Session) in
      (1...4).map { _ in message(&session, "no idea").split(separator: "\n").last.map(String.init) ?? "" }
    }
    #expect(questions(&first) == questions(&second))
    var other = Session(advisor: TestAdvisor.advisor())
    #expect(message(&other, ":quiz --seed 2") != opening)
  }

  @Test func rightAndWrongAnswersAreScored() {
    var session = Session(advisor: TestAdvisor.advisor())
    _ = message(&session, ":quiz --seed 1")
    #expect(
      message(&session, "the CSM")
        == """
        Right. The Scrum Alliance issues the Certified ScrumMaster (CSM) (Scrum Alliance).

        Question 2 of 5: Name a common next step after an engineering manager.
        """)
    #expect(message(&session, "a director").hasPrefix("Right. After an engineering manager,"))
    #expect(
      message(&session, "a CTO")
        == """
        Not quite. After a junior project manager, common next steps are a project engineer, a project manager or an engineering project manager (the article).

        Question 4 of 5: What was the median annual pay of project management specialists at every level in May 2024 (BLS Occupational Outlook Handbook)?
        """)
    #expect(message(&session, "$100,750").hasPrefix("Right. $100,750 median annual pay in May 2024"))
    #expect(
      message(&session, "about 168k")
        == """
        Right. $167,740 median annual pay in May 2024, for architectural and engineering managers, the closest BLS occupation (BLS Occupational Outlook Handbook).

        Score: 4 of 5. (:quiz --seed 1 asks the same questions again.)
        """)
    #expect(session.quiz == nil)
    guard case .reply = session.handle("what does a cto do?") else {
      Issue.record("after the quiz, questions are answered again")
      return
    }
  }

  @Test func anAnswerNamingAWrongRoleBesideARightOneIsWrong() {
    var session = Session(advisor: TestAdvisor.advisor())
    _ = message(&session, ":quiz reporting --seed 1")
    let question = session.quiz.map { $0.questions[0].text }
    #expect(question == "Who does an engineering manager report to?")
    #expect(message(&session, "a director or a project engineer").hasPrefix("Not quite. "))
    #expect(message(&session, "the VP").hasPrefix("Right. "))
    #expect(session.quiz == nil)
  }

  @Test func certificationQuestionsNameTheIssuer() {
    var session = Session(advisor: TestAdvisor.advisor())
    let opening = message(&session, ":quiz certifications --seed 3")
    #expect(opening.hasPrefix("Quiz on certifications: 2 questions from the knowledge base (seed 3)."))
    let texts = session.quiz?.questions.map(\.text) ?? []
    #expect(
      Set(texts) == [
        "Which certification does the Scrum Alliance issue?",
        "Which certification does the Project Management Institute (PMI) issue?",
      ])
  }

  @Test func commandsStillWorkDuringAQuizAndStopEndsIt() {
    var session = Session(advisor: TestAdvisor.advisor())
    _ = message(&session, ":quiz --seed 1")
    #expect(message(&session, ":profile").hasPrefix("Profile: empty"))
    #expect(
      message(&session, ":quiz") == "A quiz is under way (question 1 of 5): answer it, or type :quiz stop.")
    _ = message(&session, "the CSM")
    #expect(message(&session, ":quiz stop") == "Quiz stopped after 1 of 5 questions. Score: 1 of 1.")
    #expect(message(&session, ":quiz stop") == "No quiz is under way; :quiz starts one.")
    _ = message(&session, ":quiz")
    guard case .frontEnd(.quit, _) = session.handle(":quit") else {
      Issue.record(":quit should still quit during a quiz")
      return
    }
  }

  @Test(arguments: [
    ("--seed abc", "'--seed' takes a whole number from 0, not 'abc'."),
    ("--seed -1", "'--seed' takes a whole number from 0, not '-1'."),
    ("--seed", "'--seed' needs a number after it."),
    ("money", "There is no quiz topic 'money'."),
    ("pay steps", "':quiz' takes one topic, not also 'steps'."),
  ])
  func badArgumentsSayWhatIsWrong(argument: String, message expected: String) {
    var session = Session(advisor: TestAdvisor.advisor())
    #expect(
      message(&session, ":quiz " + argument)
        == expected + " Usage: :quiz [reporting|steps|certifications|pay] [--seed N]")
    #expect(session.quiz == nil)
  }

  @Test func anAmountIsRightWithinOnePercent() {
    let question = QuizQuestion(topic: .pay, text: "", expected: .figure(167_740), answer: "")
    let analyzer = TestAdvisor.analyzer()
    let marks = ["$167,740", "169k", "170k", "$171,200", "no idea"].map {
      question.isAnswered(by: $0, analysis: analyzer.analyze($0))
    }
    #expect(marks == [true, true, false, false, false])
  }

  @Test func amountsAreReadAsPeopleWriteThem() {
    #expect(QuizQuestion.amounts(in: "$167,740") == [167_740])
    #expect(QuizQuestion.amounts(in: "about 168k, in May 2024") == [168_000, 2024])
    #expect(QuizQuestion.amounts(in: "1.5K.") == [1500])
    #expect(QuizQuestion.amounts(in: "no idea").isEmpty)
  }

  /// The reference outputs of SplitMix64 from seed 0 (Vigna's splitmix64.c), so a quiz's
  /// order never changes with the platform.
  @Test func theSeededGeneratorGivesTheReferenceNumbers() {
    var generator = SplitMix64(seed: 0)
    #expect(
      [generator.next(), generator.next(), generator.next()] == [
        0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F,
      ])
  }
}

/// A quiz in a recording replays as it was taken.
@Suite struct QuizRecordingTests {
  @Test func aQuizWithoutASeedIsRecordedWithTheSeedItTook() {
    var session = Session(advisor: TestAdvisor.advisor())
    _ = session.handle(":quiz")
    _ = session.handle(":quiz stop")
    _ = session.handle(":quiz pay")
    #expect(session.recordable(":quiz pay") == ":quiz pay --seed 2")
    #expect(session.recordable(":quiz pay --seed 2") == ":quiz pay --seed 2")
    #expect(session.recordable("121560") == "121560")
  }

  @Test func recordingCannotStartDuringAQuiz() {
    var session = Session(advisor: TestAdvisor.advisor())
    _ = session.handle(":quiz --seed 1")
    guard case .message(let text) = session.handle(":record quiz.transcript") else {
      Issue.record(":record during a quiz should say why not")
      return
    }
    #expect(text == "Recording starts outside a quiz: answer its questions, or type :quiz stop, first.")
    _ = session.handle(":quiz stop")
    guard case .frontEnd(.record, "quiz.transcript") = session.handle(":record quiz.transcript") else {
      Issue.record(":record after the quiz should record")
      return
    }
  }
}
