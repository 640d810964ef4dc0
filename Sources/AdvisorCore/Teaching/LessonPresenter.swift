/// `advisor replay --step` on a terminal, without the terminal: which screen comes next
/// when the presenter presses Enter, or `b` to go back a turn.
///
/// The lesson opens with its title and introduction; then each step shows its notes and
/// question, and on the next Enter its answer. Going back replays the conversation up to
/// the earlier turn, so context-dependent answers come out as they did.
public struct LessonPresenter {
  /// What to show.
  public enum Screen {
    /// The title (or nil), the introduction's paragraphs, and how many steps follow.
    case opening(title: String?, introduction: [String], steps: Int)
    /// A step's notes and question, before its answer.
    case question(Progress, notes: [String], input: String)
    /// A step's answer (or a command's output).
    case answer(Progress, SessionOutput)
  }

  /// Which step of how many, shown as "3/9".
  public struct Progress: Sendable, Equatable, CustomStringConvertible {
    public let step: Int
    public let count: Int
    public var description: String { "\(step)/\(count)" }
  }

  private enum Position: Equatable {
    case opening, question(Int), answer(Int)
  }

  public let lesson: Lesson
  private let advisor: Advisor
  private var position = Position.opening
  /// The conversation as it stands before the current step's question is answered.
  private var session: Session

  public init(_ lesson: Lesson, advisor: Advisor) {
    self.lesson = lesson
    self.advisor = advisor
    session = Session(advisor: advisor, profile: lesson.transcript.profile)
  }

  /// The first screen.
  public var opening: Screen {
    .opening(title: lesson.title, introduction: lesson.introduction, steps: lesson.steps.count)
  }

  /// The screen after Enter; nil when the lesson is over (after its last answer, or a
  /// `:quit` in it).
  public mutating func next() -> Screen? {
    switch position {
    case .opening: return show(question: 0)
    case .question(let index):
      let output = session.handle(lesson.steps[index].entry.input)
      if case .frontEnd(.quit, _) = output { return nil }
      position = .answer(index)
      return .answer(progress(index), output)
    case .answer(let index): return show(question: index + 1)
    }
  }

  /// The screen after `b`: the question before (or this step's question again, from its
  /// answer); the opening from the first question.
  public mutating func back() -> Screen {
    switch position {
    case .opening, .question(0):
      position = .opening
      rewind(to: 0)
      return opening
    case .question(let index): return rewindAndShow(question: index - 1)
    case .answer(let index): return rewindAndShow(question: index)
    }
  }

  private mutating func show(question index: Int) -> Screen? {
    guard lesson.steps.indices.contains(index) else { return nil }
    position = .question(index)
    let step = lesson.steps[index]
    return .question(progress(index), notes: step.notes, input: step.entry.input)
  }

  private mutating func rewindAndShow(question index: Int) -> Screen {
    rewind(to: index)
    return show(question: index) ?? opening
  }

  /// A fresh conversation that has answered the steps before `index`.
  private mutating func rewind(to index: Int) {
    session = Session(advisor: advisor, profile: lesson.transcript.profile)
    for step in lesson.steps.prefix(index) { _ = session.handle(step.entry.input) }
  }

  private func progress(_ index: Int) -> Progress {
    Progress(step: index + 1, count: lesson.steps.count)
  }
}
