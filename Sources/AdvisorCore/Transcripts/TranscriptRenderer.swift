/// Writes transcripts: a replay as a person saw it, and a transcript file rewritten with
/// new answers (`advisor check --update`).
public enum TranscriptRenderer {
  /// One turn as the transcript format shows it: `> input`, then the output (escaped
  /// where a line would read as markup), then a blank line.
  public static func turn(input: String, output: String?) -> String {
    var text = "> " + input + "\n"
    if let output, !output.isEmpty {
      text += escaped(lines(of: output)).joined(separator: "\n") + "\n"
    }
    return text + "\n"
  }

  /// The transcript with new answers spliced in, every other line kept as it was.
  ///
  /// An entry without an answer gets one right under its question and expectations,
  /// followed by a blank line when more follows. Comments inside a replaced answer move
  /// to just after it.
  /// - Parameters:
  ///   - transcript: the parsed file.
  ///   - answers: for each entry, the new answer's lines, or `nil` to keep the entry.
  /// - Returns: the file's new text, ending with a line end.
  public static func rewrite(_ transcript: Transcript, answers: [[String]?]) -> String {
    var lines = transcript.lines
    for (entry, answer) in zip(transcript.entries, answers).reversed() {
      guard let answer, answer != entry.expectedAnswer else { continue }
      var replacement = escaped(answer) + entry.answerComments
      let range = entry.answerLines
      if entry.expectedAnswer == nil {
        guard !answer.isEmpty else { continue }
        if range.lowerBound < lines.count, !lines[range.lowerBound].trimmed().isEmpty {
          replacement.append("")
        }
      }
      lines.replaceSubrange(range, with: replacement)
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// A text's lines, as a transcript compares them.
  public static func lines(of text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// Answer lines as a transcript writes them: a line starting with `>`, `#`, `@` or `\`,
  /// and a blank first or last line, get a leading `\` so they read as answer text.
  public static func escaped(_ answer: [String]) -> [String] {
    answer.enumerated().map { index, line in
      let isEdge = index == 0 || index == answer.count - 1
      let needsEscape = line.first.map { ">#@\\".contains($0) } ?? false
      return needsEscape || (isEdge && line.trimmed().isEmpty) ? "\\" + line : line
    }
  }

  /// An answer line as written in a transcript, without the `\` that escapes it.
  public static func unescaped(_ line: String) -> String {
    line.hasPrefix("\\") ? String(line.dropFirst()) : line
  }
}
