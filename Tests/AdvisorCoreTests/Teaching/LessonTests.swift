import Testing

@testable import AdvisorCore

/// A transcript read as a lesson, and the presenter that walks through it.
@Suite struct LessonTests {
  private static let text = """
    # Lesson 9: reporting lines
    #
    # Goal: students can say who reports
    # to whom.
    #   advisor replay --step lesson.transcript

    # Start with the manager.
    > who does an engineering manager report to?
    @ intent: reports_to
    An engineering manager reports to an engineering director or a VP of engineering (the article).

    # A follow-up that names no role:
    # the advisor keeps the manager.
    > what does that role do?

    > :profile

    """

  private func lesson() throws -> Lesson {
    Lesson(
      try TranscriptParser.parse(
        Self.text, file: "lesson.transcript", knowledge: .standard, intents: .embedded()))
  }

  @Test func theOpeningBlockIsTheTitleAndIntroduction() throws {
    let lesson = try lesson()
    #expect(lesson.title == "Lesson 9: reporting lines")
    #expect(
      lesson.introduction == [
        "Goal: students can say who reports to whom.", "  advisor replay --step lesson.transcript",
      ])
    #expect(
      lesson.steps.map(\.notes) == [
        ["Start with the manager."], ["A follow-up that names no role: the advisor keeps the manager."], [],
      ])
    #expect(
      lesson.steps.map(\.entry.input) == [
        "who does an engineering manager report to?", "what does that role do?", ":profile",
      ])
  }

  @Test func aFileWithoutAnOpeningCommentHasNoTitle() throws {
    let transcript = try TranscriptParser.parse(
      "> hello\n", file: "x.transcript", knowledge: .standard, intents: .embedded())
    #expect(Lesson(transcript).title == nil)
    #expect(Lesson(transcript).introduction.isEmpty)
  }

  /// Enter shows the question, then its answer; `b` goes back a turn and replays the
  /// conversation up to it, so a follow-up answers as before.
  @Test func thePresenterRevealsAnswersAndGoesBack() throws {
    var presenter = LessonPresenter(try lesson(), advisor: TestAdvisor.advisor())
    guard case .question(let first, let notes, let input) = presenter.next() else {
      Issue.record("Enter on the opening shows the first question")
      return
    }
    #expect(first.description == "1/3")
    #expect(notes == ["Start with the manager."])
    #expect(input == "who does an engineering manager report to?")
    guard case .answer(_, .reply(let reply)) = presenter.next() else {
      Issue.record("Enter on a question shows its answer")
      return
    }
    #expect(reply.intent == "reports_to")
    _ = presenter.next()
    let followUp = roles(presenter.next())
    #expect(followUp == ["engineering_manager"])
    guard case .question(let progress, _, _) = presenter.back() else {
      Issue.record("b on an answer shows its question again")
      return
    }
    #expect(progress.description == "2/3")
    #expect(roles(presenter.next()) == followUp)
    guard case .question(let back, _, _) = presenter.back(),
      case .question(let before, _, _) = presenter.back()
    else {
      Issue.record("b on a question shows the one before")
      return
    }
    #expect([back.step, before.step] == [2, 1])
    _ = presenter.next()
    _ = presenter.next()
    _ = presenter.next()
    _ = presenter.next()
    #expect(presenter.next() != nil)
    #expect(presenter.next() == nil)
  }

  private func roles(_ screen: LessonPresenter.Screen?) -> [RoleID] {
    guard case .answer(_, .reply(let reply)) = screen else { return [] }
    return reply.entities.roles
  }
}
