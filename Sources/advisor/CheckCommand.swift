import AdvisorCore

/// `advisor check`: replays transcripts and compares each turn with what it expects.
///
/// Counts checked turns (those with an expected answer or an `@` expectation; see
/// `TranscriptChecker`). A failed turn prints its file and line and a unified diff, and
/// the run goes on; a bad file counts as one failure. Turns marked `@ pending` are
/// listed with their reason, uncounted. The last line is `N passed, M failed`.
struct CheckCommand {
  let options: Arguments
  let advisor: Advisor

  /// Tallies over all files.
  private struct Tally {
    var passed = 0
    var failed = 0
    var written = 0
    var writeFailed = false
    var coverage: CoverageReport
  }

  /// Checks (or with `--update`, rewrites) every transcript the paths name.
  /// - Returns: 0 when nothing failed; else the exit code of the first bad file (66
  ///   unreadable, 65 malformed), or 1 for failed turns or a file that could not be
  ///   rewritten.
  func run(_ paths: [String]) throws(CLIError) -> Int32 {
    if options.update, paths.contains("-") {
      throw .usage("'--update' cannot rewrite standard input")
    }
    var tally = Tally(coverage: CoverageReport(knowledge: advisor.knowledge, intents: advisor.intents))
    let errors = TranscriptLoader.forEach(paths, advisor: advisor) { transcript, _ in
      check(transcript, into: &tally)
      return true
    }
    if options.update {
      Output.standard.write("Wrote \(tally.written) answer\(tally.written == 1 ? "" : "s").\n")
    }
    if options.coverage { Output.standard.write(tally.coverage.text + "\n") }
    Output.standard.write("\(tally.passed) passed, \(tally.failed + errors.count) failed\n")
    if let error = errors.first { return error.exitCode }
    return tally.failed > 0 || tally.writeFailed ? 1 : 0
  }

  private func check(_ transcript: Transcript, into tally: inout Tally) {
    let check = TranscriptChecker(advisor: advisor).check(transcript)
    tally.coverage.add(check)
    var rewritten = Set<Int>()
    if options.update, let text = check.updatedText {
      do {
        try AtomicFile.write(text, to: transcript.file)
        rewritten = Set(check.updatableTurns.map(\.entry.line))
        tally.written += rewritten.count
      } catch {
        Output.error.write("advisor: cannot rewrite '\(error.path)': \(error.reason)\n")
        tally.writeFailed = true
      }
    }
    for turn in check.turns {
      if turn.passed || rewritten.contains(turn.entry.line) {
        tally.passed += 1
      } else if turn.failed {
        tally.failed += 1
        Output.standard.write(check.report(turn) + "\n\n")
      }
    }
    for turn in check.pending { Output.standard.write(check.report(pending: turn) + "\n\n") }
    if !options.update, check.unchecked > 0 {
      Output.standard.write(
        "\(transcript.file): \(check.unchecked) turn\(check.unchecked == 1 ? "" : "s") without an expected answer; "
          + "'advisor check --update' writes them\n")
    }
  }
}
