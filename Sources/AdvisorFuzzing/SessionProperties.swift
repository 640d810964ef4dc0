import AdvisorCore

/// Lines typed into one session, as the prompt would feed them, and what must hold for any.
///
/// The payload is split at line feeds; each line is decoded as UTF-8 (invalid bytes
/// replaced, as reading a line does) and handled in turn, up to `:quit`. Then:
/// - every line with text gets an answer or a command's output;
/// - no output holds a control character other than the line feed;
/// - every answered question's JSON turn parses back to the same values;
/// - a recording of the session parses and passes `advisor check`;
/// - the profile the session built survives saving and loading.
struct SessionProperties {
  /// More lines cost time without reaching new code.
  static let maximumLines = 16

  let advisor: Advisor

  /// Runs the session and checks it.
  /// - Throws: `PropertyViolation` for the first property that fails.
  func check(_ payload: [UInt8]) throws(PropertyViolation) {
    var session = Session(advisor: advisor)
    var recorder = TranscriptRecorder()
    var turn = 0
    let lines = payload.split(separator: 10, omittingEmptySubsequences: false)
    for bytes in lines.prefix(Self.maximumLines) {
      let line = String(decoding: bytes, as: UTF8.self)
      let output = session.handle(line)
      if case .frontEnd(.quit, _) = output { break }
      try checkAnswered(line, output)
      if case .reply(let reply) = output {
        turn += 1
        try TurnJSONCheck.check(TurnJSON.encode(turn: turn, reply: reply), turn: turn, reply: reply)
      }
      recorder.record(line, output)
    }
    try checkRecording(recorder)
    try ProfileProperties.checkRoundTrip(session.state.profile)
  }

  /// A line with text gets output, and the output is clean text.
  ///
  /// Control characters count as blanks, as the session reads them: a line of NUL bytes is
  /// an empty line.
  private func checkAnswered(_ line: String, _ output: SessionOutput) throws(PropertyViolation) {
    if case .nothing = output {
      try PropertyViolation.require(
        line.unicodeScalars.allSatisfy { $0 == " " || $0.properties.generalCategory == .control },
        "every line with text is answered", "no output for \(line.debugDescription)")
      return
    }
    let text = TranscriptChecker.text(of: output) ?? ""
    if case .reply = output {
      try PropertyViolation.require(
        !text.isEmpty, "every question gets a non-empty answer", "empty answer to \(line.debugDescription)")
    }
    let control = text.unicodeScalars.first { $0 != "\n" && $0.properties.generalCategory == .control }
    try PropertyViolation.require(
      control == nil, "output holds no control character but the line feed",
      "\(control.map { "U+" + String($0.value, radix: 16) } ?? "") in the output for "
        + "\(line.debugDescription):\n\(text.debugDescription)")
  }

  /// The recording parses and replays to the same answers; an empty one is never saved.
  private func checkRecording(_ recorder: TranscriptRecorder) throws(PropertyViolation) {
    guard !recorder.isEmpty else { return }
    let transcript: Transcript
    do throws(TranscriptError) {
      transcript = try TranscriptParser.parse(
        recorder.text, file: "recording.transcript", knowledge: .standard, intents: .embedded())
    } catch {
      throw PropertyViolation(
        "a recording parses", "\(error.problem) at line \(error.line) of:\n\(recorder.text)")
    }
    let result = TranscriptChecker(advisor: advisor).check(transcript)
    try PropertyViolation.require(
      result.failures.isEmpty && result.turns.count == recorder.turns.count,
      "a recording passes its own check",
      result.failures.map { result.report($0) }.joined(separator: "\n") + "\nin:\n\(recorder.text)")
  }
}
