/// Reads transcript files (see `Transcript` for the format).
public enum TranscriptParser {
  /// Parses a file's bytes; expectations may name the intents of `intents` and the ids of
  /// `knowledge`.
  ///
  /// A UTF-8 byte-order mark at the start is skipped, since some editors write one.
  /// - Throws: `TranscriptError` at the first problem: invalid UTF-8, a carriage return,
  ///   an unknown meta-command, a misplaced or unknown expectation, text before the
  ///   first question, or no question at all.
  public static func parse(bytes: [UInt8], file: String, knowledge: KnowledgeBase, intents: IntentLibrary)
    throws(TranscriptError) -> Transcript
  {
    let lines = try decodeLines(bytes, file: file)
    var reader = Reader(file: file, lines: lines, knowledge: knowledge, intents: intents)
    for index in lines.indices { try reader.read(index) }
    let entries = try reader.finish()
    guard !entries.isEmpty else {
      throw TranscriptError(file: file, line: 0, problem: .noQuestions)
    }
    return Transcript(file: file, lines: lines, entries: entries, profile: reader.profile)
  }

  /// Parses a file's text (see `parse(bytes:file:)`).
  public static func parse(_ text: String, file: String, knowledge: KnowledgeBase, intents: IntentLibrary)
    throws(TranscriptError) -> Transcript
  {
    try parse(bytes: Array(text.utf8), file: file, knowledge: knowledge, intents: intents)
  }

  /// Splits bytes into lines at LF, checking each is UTF-8 without a carriage return.
  ///
  /// Works on bytes rather than `Character`s because Swift reads "\r\n" as one
  /// character, which would hide a CRLF line end inside a single "line".
  private static func decodeLines(_ bytes: [UInt8], file: String) throws(TranscriptError)
    -> [String]
  {
    var slices = bytes.split(separator: 10, omittingEmptySubsequences: false)
    if slices.last?.isEmpty == true { slices.removeLast() }
    var lines: [String] = []
    for (offset, slice) in slices.enumerated() {
      let content =
        offset == 0 && slice.starts(with: [0xEF, 0xBB, 0xBF]) ? slice.dropFirst(3) : slice
      guard let line = String(validating: content, as: UTF8.self) else {
        throw TranscriptError(file: file, line: offset + 1, problem: .invalidUTF8)
      }
      if content.contains(13) {
        throw TranscriptError(file: file, line: offset + 1, problem: .carriageReturn)
      }
      lines.append(line)
    }
    return lines
  }
}

/// Walks a transcript's lines, building one entry per `>` line.
private struct Reader {
  /// The entry being read: its question, expectations, and where its answer starts.
  struct OpenEntry {
    let line: Int
    let input: String
    var expectations: [Transcript.Expectation] = []
    /// The first line after the question and its expectations.
    var bodyStart: Int
    var hasBody = false
  }

  let file: String
  let lines: [String]
  let knowledge: KnowledgeBase
  let intents: IntentLibrary
  var entries: [Transcript.Entry] = []
  var open: OpenEntry?
  var quitLine: Int?
  /// What `@ profile:` lines before the first question say.
  var profile = Profile()

  init(file: String, lines: [String], knowledge: KnowledgeBase, intents: IntentLibrary) {
    self.file = file
    self.lines = lines
    self.knowledge = knowledge
    self.intents = intents
  }

  mutating func read(_ index: Int) throws(TranscriptError) {
    let line = lines[index]
    if line.hasPrefix(">") {
      if let open { entries.append(settle(open, end: index)) }
      open = try question(line, index: index)
    } else if line.hasPrefix("@") {
      guard var current = open else { return try startingProfile(line, index: index) }
      guard !current.hasBody else { throw fail(index, .misplacedExpectation) }
      guard !current.input.hasPrefix(":") else { throw fail(index, .expectationOnCommand) }
      let expectation = try Transcript.Expectation.parse(
        line, number: index + 1, file: file, intents: intents.definitions.map(\.intent.rawValue),
        known: knowledge.ids(of:))
      if current.expectations.contains(where: { $0.subject == expectation.subject }) {
        throw fail(index, .duplicateExpectation(expectation.subject.key))
      }
      current.expectations.append(expectation)
      current.bodyStart = index + 1
      open = current
    } else if open != nil {
      open?.hasBody = true
    } else if !line.trimmed().isEmpty, !line.hasPrefix("#") {
      throw fail(index, .textBeforeQuestion)
    }
  }

  /// Adds an `@ profile: key: value` line, before the first question, to the profile
  /// the conversation starts with.
  private mutating func startingProfile(_ line: String, index: Int) throws(TranscriptError) {
    let body = line.dropFirst().trimmed()
    guard body.hasPrefix("profile:") else { throw fail(index, .expectationOutsideTurn) }
    do throws(ProfileCodec.DecodingError) {
      profile.merge(try ProfileCodec.decode(String(body.dropFirst("profile:".count)), knowledge: knowledge))
    } catch {
      throw fail(index, .badProfile(error.reason))
    }
  }

  /// The entries, once every line is read.
  mutating func finish() throws(TranscriptError) -> [Transcript.Entry] {
    if let open { entries.append(settle(open, end: lines.count)) }
    open = nil
    return entries
  }

  private mutating func question(_ line: String, index: Int) throws(TranscriptError) -> OpenEntry {
    if quitLine != nil { throw fail(index, .afterQuit) }
    let input = line.dropFirst().trimmed()
    guard !input.isEmpty else { throw fail(index, .emptyInput) }
    if input.hasPrefix(":") {
      guard let (command, argument) = MetaCommand.parse(input) else {
        throw fail(index, .unknownCommand(String(input.prefix { $0 != " " })))
      }
      if command == .quit, argument.isEmpty { quitLine = index + 1 }
    }
    return OpenEntry(line: index + 1, input: input, bodyStart: index + 1)
  }

  /// Splits the lines after a question into its expected answer, from its first to its
  /// last line of text, and the layout around it (blank lines and comments).
  private func settle(_ entry: OpenEntry, end: Int) -> Transcript.Entry {
    let body = entry.bodyStart..<end
    let isText = { (index: Int) in !lines[index].trimmed().isEmpty && !lines[index].hasPrefix("#") }
    guard let first = body.first(where: isText), let last = body.last(where: isText) else {
      return Transcript.Entry(
        line: entry.line, input: entry.input, expectations: entry.expectations,
        answerLines: entry.bodyStart..<entry.bodyStart)
    }
    let span = lines[first...last]
    return Transcript.Entry(
      line: entry.line, input: entry.input, expectations: entry.expectations,
      expectedAnswer: span.filter { !$0.hasPrefix("#") }.map(TranscriptRenderer.unescaped),
      answerLines: first..<(last + 1),
      answerComments: span.filter { $0.hasPrefix("#") })
  }

  private func fail(_ index: Int, _ problem: TranscriptProblem) -> TranscriptError {
    TranscriptError(file: file, line: index + 1, problem: problem)
  }
}
