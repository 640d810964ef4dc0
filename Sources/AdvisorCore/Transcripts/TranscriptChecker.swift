/// Replays a transcript and compares every turn with what it expects.
///
/// The unit `advisor check` counts is a *checked turn*: a typed line (question or
/// meta-command) with an expected answer or at least one `@` expectation. It passes when
/// all of them hold. Turns with no expectation are replayed, for the context they build,
/// but not counted, and so are turns marked `@ pending`.
public struct TranscriptChecker {
  public let advisor: Advisor

  /// Creates a checker that answers with `advisor`.
  public init(advisor: Advisor) {
    self.advisor = advisor
  }

  /// One replayed entry and how it compared.
  public struct Turn: Sendable {
    public let entry: Transcript.Entry
    /// The reply, when the entry was a question.
    public let reply: Reply?
    /// What the transcript shows for the turn: the plain answer, or a command's message.
    public let text: String?
    /// Unmet `@` expectations, one readable line each.
    public let misunderstandings: [String]
    /// The diff of the expected answer against the actual one, when they differ.
    public let answerDiff: String?

    /// Whether the turn has expectations and all of them hold.
    public var passed: Bool { entry.isChecked && misunderstandings.isEmpty && answerDiff == nil }
    /// Whether the turn has expectations and one of them fails.
    public var failed: Bool { entry.isChecked && !passed }
    /// Whether a pending turn now meets all its expectations, so `@ pending` can go.
    public var pendingIsResolved: Bool {
      entry.isPending && entry.expectations.count > 1 && misunderstandings.isEmpty
        && answerDiff == nil
    }
  }

  /// Replays `transcript` in a fresh session, with the profile its `@ profile:` lines
  /// give (usually none), and compares.
  ///
  /// Replaying stops at `:quit`, as the prompt would.
  public func check(_ transcript: Transcript) -> TranscriptCheck {
    var session = Session(advisor: advisor, profile: transcript.profile)
    var turns: [Turn] = []
    for entry in transcript.entries {
      let output = session.handle(entry.input)
      if case .frontEnd(.quit, _) = output { break }
      turns.append(compare(entry, output))
    }
    return TranscriptCheck(transcript: transcript, turns: turns)
  }

  /// The text a turn shows in a transcript: the plain answer or the command's message.
  public static func text(of output: SessionOutput) -> String? {
    switch output {
    case .reply(let reply): PlainRenderer.render(reply.answer)
    case .message(let text), .unknownCommand(let text): text
    case .ladder(let diagram): diagram.text(width: LadderDiagram.standardWidth)
    case .frontEnd(let command, _): "(:\(command.rawValue) works only at the interactive prompt)"
    case .nothing: nil
    }
  }

  private func compare(_ entry: Transcript.Entry, _ output: SessionOutput) -> Turn {
    let text = Self.text(of: output)
    var reply: Reply?
    if case .reply(let value) = output { reply = value }
    var answerDiff: String?
    if let expected = entry.expectedAnswer {
      let actual = TranscriptRenderer.lines(of: text ?? "")
      if actual != expected {
        answerDiff = UnifiedDiff.diff(
          expected: expected, actual: actual, line: entry.answerLines.lowerBound + 1)
      }
    }
    return Turn(
      entry: entry, reply: reply, text: text,
      misunderstandings: entry.expectations.compactMap { mismatch($0, reply) },
      answerDiff: answerDiff)
  }

  /// Why `reply` does not meet `expectation`, or nil when it does.
  private func mismatch(_ expectation: Transcript.Expectation, _ reply: Reply?) -> String? {
    guard let reply else {
      return "expected \(expectation.subject.key), but a meta-command has no understanding"
    }
    switch expectation.subject {
    case .pending: return nil
    case .intent:
      let actual = reply.intent.rawValue
      return expectation.values.contains(actual)
        ? nil : "expected intent \(expectation.values.joined(separator: " or ")), got \(actual)"
    case .entities(let kind):
      let actual = reply.entities.ids(of: kind)
      return actual == expectation.values
        ? nil
        : "expected \(kind.rawValue) [\(expectation.values.joined(separator: ", "))], got [\(actual.joined(separator: ", "))]"
    }
  }
}
