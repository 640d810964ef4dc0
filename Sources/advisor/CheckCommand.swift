import AdvisorCore

/// `advisor check`: replays transcripts and compares each turn with what it expects.
struct CheckCommand {
  let options: Arguments
  let advisor: Advisor

  func run(_ paths: [String]) throws(CLIError) -> Int32 {
    var files: [String] = []
    for path in paths {
      let found = try TranscriptLoader.files(at: path)
      if found.isEmpty {
        Output.error.write(CLIError.transcript(TranscriptError(file: path, line: 0, problem: .noTranscripts)).message + "\n")
      }
      files += found
    }
    var passed = 0
    var failed = 0
    for file in files {
      do throws(CLIError) {
        let transcript = try TranscriptLoader.load(file)
        let result = TranscriptChecker(advisor: advisor).check(transcript)
        for failure in result.failures { Output.standard.write(failure + "\n") }
        passed += result.passed
        failed += result.failures.count
      } catch {
        Output.error.write(error.message + "\n")
        failed += 1
      }
    }
    Output.standard.write("\(passed) passed, \(failed) failed\n")
    return failed == 0 && !files.isEmpty ? 0 : 1
  }
}
