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
      try TranscriptParser.parse(text, file: "r", knowledge: .standard))
    #expect(result.passed == 3)
    #expect(result.failures.isEmpty)
  }

  @Test func headerWarnsOfContextAndProfileAReplayWillNotHave() {
    var session = Session(advisor: TestAdvisor.advisor())
    _ = session.handle("I'm a civil engineer with 4 years of experience")
    _ = session.handle("what does a CTO do?")
    let text = TranscriptRecorder(startingFrom: session.state).text
    #expect(text.contains("# Recorded mid-conversation (after 2 turns): a replay starts afresh,\n"))
    #expect(text.contains("# The profile in use is not part of the transcript: a replay starts"))
    #expect(!TranscriptRecorder().text.contains("mid-conversation"))
  }

  @Test func recordingStartsEmpty() {
    #expect(TranscriptRecorder().isEmpty)
    #expect(TranscriptRecorder().text.split(separator: "\n").allSatisfy { $0.hasPrefix("#") })
  }
}
