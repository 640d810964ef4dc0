/// The outcome of checking one transcript: every replayed turn and how it compared.
public struct TranscriptCheck: Sendable {
  public let transcript: Transcript
  /// One per entry replayed, in order (entries after `:quit` never run).
  public let turns: [TranscriptChecker.Turn]

  /// Creates the outcome of replaying `transcript` as `turns`.
  init(transcript: Transcript, turns: [TranscriptChecker.Turn]) {
    self.transcript = transcript
    self.turns = turns
  }

  /// Checked turns whose expectations all hold.
  public var passed: Int { turns.count { $0.passed } }
  /// Checked turns with an expectation that fails.
  public var failures: [TranscriptChecker.Turn] { turns.filter(\.failed) }
  /// Turns that expect nothing yet: `--update` writes their answers.
  public var unchecked: Int { turns.count { !$0.entry.isChecked && !$0.entry.isPending } }
  /// Turns marked `@ pending`.
  public var pending: [TranscriptChecker.Turn] { turns.filter(\.entry.isPending) }

  /// A failed turn as `advisor check` prints it: `file:line: > input`, the unmet expectations,
  /// then the answer's diff.
  public func report(_ turn: TranscriptChecker.Turn) -> String {
    var lines = ["\(transcript.file):\(turn.entry.line): > \(turn.entry.input)"]
    lines += turn.misunderstandings.map { "  " + $0 }
    if let diff = turn.answerDiff { lines.append(diff) }
    return lines.joined(separator: "\n")
  }

  /// A pending turn as `advisor check` lists it: where, why, and whether it can now be un-
  /// marked.
  public func report(pending turn: TranscriptChecker.Turn) -> String {
    let reason =
      turn.entry.expectations.first { $0.subject == .pending }?.values.first ?? "no reason given"
    let status =
      turn.pendingIsResolved
      ? "now meets its expectations: remove '@ pending' and run 'advisor check --update'"
      : "pending: \(reason)"
    return "\(transcript.file):\(turn.entry.line): > \(turn.entry.input)\n  \(status)"
  }

  /// Turns whose answer `--update` would write: new or changed answers of turns whose `@`
  /// expectations hold.
  ///
  /// A turn whose understanding is wrong, or that is pending, keeps its old answer, so a wrong
  /// answer is never recorded as the expected one.
  ///
  /// A line that gets no output (a blank one, or control characters alone) is updatable
  /// when the file expects an answer for it: the answer written is empty.
  public var updatableTurns: [TranscriptChecker.Turn] {
    turns.filter { turn in
      guard !turn.entry.isPending, turn.misunderstandings.isEmpty else { return false }
      if turn.text == nil, turn.entry.expectedAnswer == nil { return false }
      return turn.entry.expectedAnswer != TranscriptRenderer.lines(of: turn.text ?? "")
    }
  }

  /// The file with the answers of `updatableTurns` written in, or nil when none changes.
  public var updatedText: String? {
    let texts = Dictionary(
      updatableTurns.map { turn in (turn.entry.line, turn.text ?? "") },
      uniquingKeysWith: { $1 })
    guard !texts.isEmpty else { return nil }
    let answers = transcript.entries.map { entry in
      texts[entry.line].map(TranscriptRenderer.lines(of:))
    }
    return TranscriptRenderer.rewrite(transcript, answers: answers)
  }
}
