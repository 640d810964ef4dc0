/// Reads transcript files (see `Transcript` for the format).
public enum TranscriptParser {
  /// Parses a file's bytes.
  /// - Throws: `TranscriptError` with the line of the first problem: invalid UTF-8, a
  ///   CRLF line end, an unknown meta-command, or an expectation naming an unknown id.
  public static func parse(bytes: [UInt8], file: String) throws(TranscriptError) -> Transcript {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw TranscriptError(file: file, line: firstInvalidLine(bytes), problem: .invalidUTF8)
    }
    return try parse(text, file: file)
  }

  /// Parses a file's text.
  public static func parse(_ text: String, file: String) throws(TranscriptError) -> Transcript {
    var leading: [String] = []
    var entries: [Transcript.Entry] = []
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    for (offset, line) in lines.enumerated() {
      let number = offset + 1
      if line.hasSuffix("\r") { throw TranscriptError(file: file, line: number, problem: .carriageReturn) }
      if line.hasPrefix(">") {
        entries.append(try entry(line, number: number, file: file))
      } else if line.hasPrefix("@"), entries.last?.trailing.isEmpty ?? true {
        guard !entries.isEmpty else {
          throw TranscriptError(file: file, line: number, problem: .expectationOutsideTurn)
        }
        entries[entries.count - 1].expectations.append(try expectation(line, number: number, file: file))
      } else if entries.isEmpty {
        leading.append(line)
      } else {
        append(line, to: &entries[entries.count - 1])
      }
    }
    for index in entries.indices { settle(&entries[index]) }
    return Transcript(file: file, entries: entries, leading: leading)
  }

  private static func entry(_ line: String, number: Int, file: String) throws(TranscriptError) -> Transcript.Entry {
    let input = String(line.dropFirst(line.hasPrefix("> ") ? 2 : 1)).trimmed()
    if input.hasPrefix(":"), MetaCommand.parse(input) == nil {
      throw TranscriptError(file: file, line: number, problem: .unknownCommand(String(input.prefix { $0 != " " })))
    }
    return Transcript.Entry(line: number, input: input, expectations: [], expectedAnswer: nil, trailing: [])
  }

  /// Non-`>` lines after a question: answer text, or layout (blank lines, comments).
  private static func append(_ line: String, to entry: inout Transcript.Entry) {
    entry.trailing.append(line)
  }

  /// Splits the lines collected after a question into the expected answer (from its
  /// first to its last line of text, comments left out) and the layout that follows.
  private static func settle(_ entry: inout Transcript.Entry) {
    let body = entry.trailing
    let isText = { (line: String) in !line.isEmpty && !line.hasPrefix("#") }
    guard let first = body.firstIndex(where: isText), let last = body.lastIndex(where: isText) else {
      return
    }
    entry.expectedAnswer = body[first...last].filter { !$0.hasPrefix("#") }
    entry.trailing = Array(body[(last + 1)...])
  }

  private static func expectation(_ line: String, number: Int, file: String) throws(TranscriptError)
    -> Transcript.Expectation
  {
    let body = line.dropFirst().trimmed()
    let key = String(body.prefix { $0 != ":" }).trimmed()
    let values = body.drop { $0 != ":" }.dropFirst().split(separator: ",").map { $0.trimmed() }
      .filter { !$0.isEmpty }
    func fail(_ problem: TranscriptError.Problem) -> TranscriptError {
      TranscriptError(file: file, line: number, problem: problem)
    }
    if key == "intent" {
      for value in values where IntentID(rawValue: value) == nil { throw fail(.unknownIntent(value)) }
    } else if let kind = EntityKind(rawValue: key) {
      let known = knownIDs(kind)
      for value in values where !known.contains(value) { throw fail(.unknownEntity(kind: key, id: value)) }
    } else {
      throw fail(.unknownExpectation(key))
    }
    return Transcript.Expectation(line: number, key: key, values: values)
  }

  static func knownIDs(_ kind: EntityKind) -> Set<String> {
    switch kind {
    case .roles: Set(RoleID.allCases.map(\.rawValue))
    case .certifications: Set(CertificationID.allCases.map(\.rawValue))
    case .degrees: Set(DegreeID.allCases.map(\.rawValue))
    case .disciplines: Set(DisciplineID.allCases.map(\.rawValue))
    case .industries: Set(IndustryID.allCases.map(\.rawValue))
    case .specializations: Set(SpecializationID.allCases.map(\.rawValue))
    }
  }

  private static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
    var line = 1
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 10 {
      if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
      line += 1
      start = index + 1
    }
    return line
  }
}
