/// Replays a transcript and compares every turn with what it expects.
public struct TranscriptChecker {
  public let advisor: Advisor

  public init(advisor: Advisor) {
    self.advisor = advisor
  }

  /// The outcome of checking one transcript.
  public struct Result: Sendable {
    /// Turns that expected something and got it.
    public var passed = 0
    /// One readable report per failed turn: file and line, then a diff.
    public var failures: [String] = []
    /// Each entry's actual output as the transcript would show it (for `--update`).
    public var outputs: [String?] = []
    /// Intents and roles the replay exercised (for `--coverage`).
    public var intents: Set<IntentID> = []
    public var roles: Set<RoleID> = []
  }

  /// Replays `transcript` in a fresh session, with no saved profile.
  public func check(_ transcript: Transcript) -> Result {
    var session = Session(advisor: advisor)
    var result = Result()
    for entry in transcript.entries {
      let output = session.handle(entry.input)
      let text = TranscriptChecker.text(of: output)
      result.outputs.append(text)
      var problems: [String] = []
      if case .reply(let reply) = output {
        result.intents.insert(reply.intent)
        result.roles.formUnion(reply.entities.roles)
        problems += mismatches(entry.expectations, reply)
      }
      if let expected = entry.expectedAnswer {
        let actual = (text ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if actual != expected {
          problems.append(UnifiedDiff.diff(expected: expected, actual: actual))
        }
      }
      guard entry.expectedAnswer != nil || !entry.expectations.isEmpty else { continue }
      if problems.isEmpty {
        result.passed += 1
      } else {
        result.failures.append("\(transcript.file):\(entry.line): > \(entry.input)\n" + problems.joined(separator: "\n"))
      }
    }
    return result
  }

  /// The text a turn shows in a transcript: the plain answer or the command's message.
  public static func text(of output: SessionOutput) -> String? {
    switch output {
    case .reply(let reply): PlainRenderer.render(reply.answer)
    case .message(let text), .unknownCommand(let text): text
    case .frontEnd(let command, _): "(:\(command.rawValue) works only at the interactive prompt)"
    case .nothing: nil
    }
  }

  private func mismatches(_ expectations: [Transcript.Expectation], _ reply: Reply) -> [String] {
    expectations.compactMap { expectation in
      let actual: [String]
      if expectation.key == "intent" {
        actual = [reply.intent.rawValue]
        return expectation.values.contains(reply.intent.rawValue)
          ? nil : "  expected intent \(expectation.values.joined(separator: " or ")), got \(actual[0])"
      }
      guard let kind = EntityKind(rawValue: expectation.key) else { return nil }
      actual = reply.entities.ids(of: kind)
      return Set(actual) == Set(expectation.values)
        ? nil
        : "  expected \(kind.rawValue) [\(expectation.values.joined(separator: ", "))], got [\(actual.joined(separator: ", "))]"
    }
  }
}
