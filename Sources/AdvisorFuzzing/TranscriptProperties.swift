import AdvisorCore

/// A transcript file, and what `advisor check` and `check --update` must do with any.
///
/// When the payload parses: checking it and writing the updated answers (`--update`)
/// gives a file that parses to the same questions and expectations, and re-checking that
/// file is clean (only turns whose `@` expectations fail, or that are pending, still
/// differ) and leaves nothing more to update.
struct TranscriptProperties {
  let advisor: Advisor

  /// Parses, checks, updates and re-checks the payload.
  /// - Throws: `PropertyViolation` for the first property that fails.
  func check(_ payload: [UInt8]) throws(PropertyViolation) {
    let transcript: Transcript
    do throws(TranscriptError) {
      transcript = try TranscriptParser.parse(
        bytes: payload, file: "fuzz.transcript", knowledge: .standard, intents: .embedded())
    } catch {
      let lineCount = payload.count { $0 == 10 } + 1
      try PropertyViolation.require(
        (0...lineCount).contains(error.line), "a parse error names a line of the file",
        "line \(error.line) of \(lineCount): \(error.problem)")
      return
    }
    let checker = TranscriptChecker(advisor: advisor)
    let first = checker.check(transcript)
    guard let updatedText = first.updatedText else {
      return try checkClean(first, "checking a transcript leaves only misunderstood turns failing")
    }
    let updated: Transcript
    do throws(TranscriptError) {
      updated = try TranscriptParser.parse(
        updatedText, file: "fuzz.transcript", knowledge: .standard, intents: .embedded())
    } catch {
      throw PropertyViolation(
        "an updated transcript parses", "\(error.problem) at line \(error.line) of:\n\(updatedText)")
    }
    try PropertyViolation.require(
      Self.turns(of: updated) == Self.turns(of: transcript), "an update keeps the questions and expectations",
      "before:\n\(transcript.lines.joined(separator: "\n"))\nafter:\n\(updatedText)")
    try checkClean(checker.check(updated), "an updated transcript re-checks clean")
  }

  /// Only turns whose understanding fails, or that are pending, may differ from their
  /// answer, and `--update` has nothing left to write.
  private func checkClean(_ result: TranscriptCheck, _ property: String) throws(PropertyViolation) {
    let stray = result.turns.filter { turn in
      turn.answerDiff != nil && turn.misunderstandings.isEmpty && !turn.entry.isPending
    }
    try PropertyViolation.require(
      stray.isEmpty && result.updatedText == nil, property,
      stray.map { result.report($0) }.joined(separator: "\n") + "\nin:\n"
        + result.transcript.lines.joined(separator: "\n"))
  }

  /// Each entry's input and expectations, without line numbers, which an update moves.
  private static func turns(of transcript: Transcript) -> [[String]] {
    transcript.entries.map { entry in
      [entry.input] + entry.expectations.map { "\($0.subject.key): \($0.values)" }
    }
  }
}
