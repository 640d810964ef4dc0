import AdvisorCore

/// `:record FILE` and `:stop` at the prompt: the rest of the session saved as a
/// transcript with its answers, so a teacher can make a lesson by talking to the advisor.
struct Recording {
  private var path: String?
  private var recorder = TranscriptRecorder()

  /// Records one line and what it produced, while recording.
  mutating func observe(_ line: String, _ output: SessionOutput) {
    if path != nil { recorder.record(line, output) }
  }

  /// Starts recording to `path`; returns what to tell the user.
  mutating func start(_ path: String, from state: ConversationState) -> String {
    if let current = self.path { return "Already recording to '\(current)'; type :stop first." }
    guard !path.isEmpty else { return "Usage: :record FILE (for example :record lesson.transcript)" }
    if Platform.exists(path) {
      return "'\(path)' already exists; choose another name, so no lesson is overwritten."
    }
    self.path = path
    recorder = TranscriptRecorder(startingFrom: state)
    return "Recording to '\(path)'. Type :stop to save it."
  }

  /// Saves what was recorded and stops; returns what to tell the user.
  ///
  /// Writes no file when nothing was recorded: a transcript needs a question to check.
  mutating func stop() -> String {
    guard let path else { return "Not recording. :record FILE starts." }
    guard !recorder.isEmpty else {
      self.path = nil
      return "Nothing was recorded, so no file was written to '\(path)'."
    }
    do throws(FileError) {
      try Platform.writeFileAtomically(path, recorder.text)
      self.path = nil
      return "Saved \(recorder.turns.count) turns to '\(path)'. Check it with: advisor check \(path)"
    } catch {
      return "advisor: cannot write '\(error.path)': \(error.reason); still recording, :stop to try again"
    }
  }

  /// Saves a recording still running when the session ends; nil when there is none.
  mutating func finish() -> String? {
    path == nil ? nil : stop()
  }
}
