import Testing

@testable import AdvisorCore

/// Recording a session as a transcript for `:record FILE` / `:stop`.
@Suite struct TranscriptRecorderTests {
  /// Types `lines` into a fresh session, recording each.
  private func record(_ lines: [String], into recorder: inout TranscriptRecorder) {
    var session = Session(advisor: TestAdvisor.advisor())
    for line in lines { recorder.record(line, session.handle(line)) }
  }

  @Test func recordingIsATranscriptThatChecksClean() throws {
    var recorder = TranscriptRecorder(notes: ["Lesson rehearsal."])
    record(
      ["hi", "", "what does a CTO do?", ":context", ":record x", ":nope", ":stop"], into: &recorder)
    #expect(recorder.turns.map(\.input) == ["hi", "what does a CTO do?", ":context"])
    let text = recorder.text
    #expect(text.hasPrefix("# Recorded at the advisor's prompt with :record.\n"))
    #expect(text.contains("# Lesson rehearsal.\n\n> hi\n"))
    #expect(!text.hasSuffix("\n\n"))
    let result = TranscriptChecker(advisor: TestAdvisor.advisor()).check(
      try TranscriptParser.parse(text, file: "r", knowledge: .standard, intents: .embedded()))
    #expect(result.passed == 3)
    #expect(result.failures.isEmpty)
  }

  @Test func headerWarnsOfContextAReplayWillNotHave() {
    var session = Session(advisor: TestAdvisor.advisor())
    _ = session.handle("I'm a civil engineer with 4 years of experience")
    _ = session.handle("what does a CTO do?")
    let text = TranscriptRecorder(startingFrom: session.state).text
    #expect(text.contains("# Recorded mid-conversation (after 2 turns): a replay starts afresh,\n"))
    #expect(!TranscriptRecorder().text.contains("mid-conversation"))
  }

  /// Issue 12, case 12: a recording made with a saved profile notes it as `@ profile:`
  /// lines, so it passes its own check.
  @Test func aRecordingWithAProfileReplaysWithIt() throws {
    var profile = Profile()
    profile.role = .projectEngineer
    profile.years = 3
    var session = Session(advisor: TestAdvisor.advisor(), profile: profile)
    var recorder = TranscriptRecorder(startingFrom: session.state)
    for line in ["what should I do next?", "how long will it take?"] {
      recorder.record(line, session.handle(line))
    }
    #expect(recorder.text.contains("@ profile: role: project_engineer\n@ profile: years: 3\n"))
    let transcript = try TranscriptParser.parse(
      recorder.text, file: "r", knowledge: .standard, intents: .embedded())
    #expect(transcript.profile == profile)
    let result = TranscriptChecker(advisor: TestAdvisor.advisor()).check(transcript)
    #expect(result.passed == 2)
    #expect(result.failures.isEmpty)
  }

  /// Issue 12, case 12: a carriage return typed inside a line is recorded as a space.
  @Test func aCarriageReturnInsideALineIsRecordedAsASpace() throws {
    var session = Session(advisor: TestAdvisor.advisor())
    var recorder = TranscriptRecorder()
    recorder.record("what does a cto\rdo?", session.handle("what does a cto\rdo?"))
    #expect(recorder.text.contains("> what does a cto do?\n"))
    let result = TranscriptChecker(advisor: TestAdvisor.advisor()).check(
      try TranscriptParser.parse(recorder.text, file: "r", knowledge: .standard, intents: .embedded()))
    #expect(result.passed == 1)
  }

  @Test func recordingStartsEmpty() {
    #expect(TranscriptRecorder().isEmpty)
    #expect(TranscriptRecorder().text.split(separator: "\n").allSatisfy { $0.hasPrefix("#") })
  }
}
