import AdvisorCore

/// `:record FILE` and `:stop` at the prompt: the rest of the session saved as a
/// transcript with its answers, so a teacher can make a lesson by talking to the advisor.
///
/// The file is written when recording starts (so a path that cannot be written is
/// refused at once) and again after every turn, through `AtomicFile`: whatever ends the
/// session, a signal included, the file holds every turn answered. When a write fails,
/// `:record OTHER` moves the recording to another file and `:stop` tries once more,
/// then abandons it; nothing is ever stuck.
struct Recording {
  /// What to tell the user: news, or a problem (shown on standard error).
  enum Notice: Equatable {
    case news(String)
    case problem(String)
  }

  private var path: String?
  private var recorder = TranscriptRecorder()
  /// Why the last write failed, while it has not succeeded since.
  private var failure: FileError?

  /// Records one line and what it produced, while recording, and saves the file.
  /// - Returns: a problem the first time a save fails, else nil.
  mutating func observe(_ line: String, _ output: SessionOutput) -> Notice? {
    guard let path else { return nil }
    let before = recorder.turns.count
    recorder.record(line, output)
    guard recorder.turns.count > before else { return nil }
    let failedBefore = failure != nil
    save(to: path)
    guard let failure, !failedBefore else { return nil }
    return .problem(
      "advisor: cannot save the recording to '\(path)' (\(failure.reason)); "
        + ":record FILE moves it to another file, :stop tries again and then abandons it")
  }

  /// Starts recording to `path`, or moves to `path` a recording whose file cannot be
  /// written.
  mutating func start(_ path: String, from state: ConversationState) -> Notice {
    if let current = self.path, failure == nil {
      return .news("Already recording to '\(current)'; type :stop first.")
    }
    guard !path.isEmpty else { return .news("Usage: :record FILE (for example :record lesson.transcript)") }
    if Platform.status(path, followingLinks: false) != nil {
      return .news("'\(path)' already exists; choose another name, so no lesson is overwritten.")
    }
    let moving = self.path != nil
    if !moving { recorder = TranscriptRecorder(startingFrom: state) }
    save(to: path)
    if let failure {
      if !moving { self.failure = nil }
      return .problem("advisor: cannot record to '\(path)': \(failure.reason)")
    }
    self.path = path
    return .news(
      moving
        ? "Moved the recording to '\(path)'; it goes on. Type :stop to end it."
        : "Recording to '\(path)'. Type :stop to end it.")
  }

  /// Saves what was recorded and stops; after a failed save, a second failure abandons
  /// the recording.
  mutating func stop() -> Notice {
    guard let path else { return .news("Not recording. :record FILE starts.") }
    if let nothing = discardIfEmpty(path) { return nothing }
    let failedBefore = failure != nil
    save(to: path)
    let turns = recorder.turns.count
    guard let failure else {
      self.path = nil
      return .news("Saved \(turns) turns to '\(path)'. Check it with: advisor check \(path)")
    }
    guard failedBefore else {
      return .problem(
        "advisor: cannot write '\(path)' (\(failure.reason)); still recording: "
          + ":record FILE moves it to another file, :stop again abandons it")
    }
    self.path = nil
    self.failure = nil
    return .problem("advisor: abandoned the recording: '\(path)' cannot be written (\(failure.reason))")
  }

  /// Saves a recording still running when the session ends; nil when there is none.
  mutating func finish() -> Notice? {
    guard let path else { return nil }
    if let nothing = discardIfEmpty(path) { return nothing }
    save(to: path)
    self.path = nil
    guard let failure else {
      return .news("Saved \(recorder.turns.count) turns to '\(path)'. Check it with: advisor check \(path)")
    }
    return .problem("advisor: the recording is lost: '\(path)' cannot be written (\(failure.reason))")
  }

  /// Ends a recording that holds no question, removing the file started for it: a
  /// transcript without a question fails the check the saved message suggests.
  private mutating func discardIfEmpty(_ path: String) -> Notice? {
    guard recorder.isEmpty else { return nil }
    self.path = nil
    self.failure = nil
    _ = Platform.remove(path)
    return .news("Nothing was recorded, so no file was kept at '\(path)'.")
  }

  private mutating func save(to path: String) {
    do throws(FileError) {
      try AtomicFile.write(recorder.text, to: path)
      failure = nil
    } catch {
      failure = error
    }
  }
}
