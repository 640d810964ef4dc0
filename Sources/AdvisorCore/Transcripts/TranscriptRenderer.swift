/// Writes transcripts: a replay as a person saw it, and a transcript file rewritten with
/// new answers (`advisor check --update`).
public enum TranscriptRenderer {
  /// One turn as the transcript format shows it: `> input`, then the output, then a
  /// blank line.
  public static func turn(input: String, output: String?) -> String {
    var text = "> " + input + "\n"
    if let output, !output.isEmpty { text += output + "\n" }
    return text + "\n"
  }

  /// The transcript with each entry's answer replaced by `answers[index]` (when not
  /// nil), keeping comments, expectations and layout.
  public static func rewrite(_ transcript: Transcript, answers: [String?]) -> String {
    var lines = transcript.leading
    for (index, entry) in transcript.entries.enumerated() {
      lines.append("> " + entry.input)
      lines += entry.expectations.map { "@ \($0.key): \($0.values.joined(separator: ", "))" }
      let answer = index < answers.count ? answers[index] : nil
      if let answer, !answer.isEmpty {
        lines += answer.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      } else if let expected = entry.expectedAnswer {
        lines += expected
      }
      if entry.trailing.isEmpty, index < transcript.entries.count - 1 { lines.append("") }
      lines += entry.trailing
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
