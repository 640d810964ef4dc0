/// A transcript read as a lesson: its title and introduction (the comment block it starts
/// with), then each typed line with the teaching notes (`#` comments) written before it.
///
/// What `advisor replay --step` presents: notes first, then the question, then the answer.
public struct Lesson: Sendable, Equatable {
  /// One turn of the lesson.
  public struct Step: Sendable, Equatable {
    /// The comments just before the question, as paragraphs.
    public let notes: [String]
    public let entry: Transcript.Entry
  }

  public let transcript: Transcript
  /// The first line of the opening comment block, or nil when the file has none.
  public let title: String?
  /// The rest of the opening comment block, as paragraphs.
  public let introduction: [String]
  public let steps: [Step]

  /// The lesson a transcript holds.
  public init(_ transcript: Transcript) {
    self.transcript = transcript
    let lines = transcript.lines
    let firstQuestion = (transcript.entries.first?.line ?? 1) - 1
    let header = lines[..<firstQuestion].prefix { $0.hasPrefix("#") }
    title = header.first.map(Self.commentText).flatMap { $0.trimmed().isEmpty ? nil : $0.trimmed() }
    introduction = Self.paragraphs(header.dropFirst())
    var start = header.count
    var steps: [Step] = []
    for entry in transcript.entries {
      let notes = lines[min(start, entry.line - 1)..<(entry.line - 1)].filter { $0.hasPrefix("#") }
      steps.append(Step(notes: Self.paragraphs(notes[...]), entry: entry))
      start = max(entry.line, entry.answerLines.upperBound)
    }
    self.steps = steps
  }

  /// Comment lines as paragraphs: a blank comment ends one, and an indented line (a
  /// command to type) stands alone.
  static func paragraphs(_ comments: ArraySlice<String>) -> [String] {
    var paragraphs: [String] = []
    var current: [String] = []
    func close() {
      if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
      current = []
    }
    for comment in comments {
      let text = commentText(comment)
      if text.trimmed().isEmpty {
        close()
      } else if text.hasPrefix(" ") {
        close()
        current = [text]
        close()
      } else {
        current.append(text.trimmed())
      }
    }
    close()
    return paragraphs
  }

  /// A comment line's text: without the `#` and the one space after it.
  private static func commentText(_ line: String) -> String {
    let text = line.dropFirst()
    return String(text.hasPrefix(" ") ? text.dropFirst() : text)
  }
}
