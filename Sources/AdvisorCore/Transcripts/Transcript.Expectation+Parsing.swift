extension Transcript.Expectation {
  /// Parses an `@ key: id, id` line.
  ///
  /// The key is `intent` or an entity kind, plural as in the contract's JSON (`roles`)
  /// or singular (`role`), or `pending` followed by free text. Ids are checked against
  /// the contract so that a typo fails here, at its line, rather than as a puzzling
  /// mismatch later.
  /// - Parameters:
  ///   - line: the whole line, starting with `@`.
  ///   - number: its 1-based line number, for messages.
  ///   - file: the transcript's path, for messages.
  ///   - intents: the intents the intent files define.
  ///   - known: the ids each entity kind has in the knowledge base.
  /// - Returns: the expectation the line states.
  /// - Throws: `TranscriptError` for an unknown key or id, or an intent line without ids.
  static func parse(
    _ line: String, number: Int, file: String, intents: [String], known: (EntityKind) -> [String]
  ) throws(TranscriptError) -> Self {
    func fail(_ problem: TranscriptProblem) -> TranscriptError {
      TranscriptError(file: file, line: number, problem: problem)
    }
    let body = line.dropFirst()
    let key = body.prefix { $0 != ":" }.trimmed()
    let values = body.drop { $0 != ":" }.dropFirst().split(separator: ",").map { $0.trimmed() }
      .filter { !$0.isEmpty }
    guard body.contains(":") else { throw fail(.unknownExpectation(key)) }
    if key == "pending" {
      let reason = body.drop { $0 != ":" }.dropFirst().trimmed()
      return Self(line: number, subject: .pending, values: reason.isEmpty ? [] : [reason])
    }
    if key == "intent" {
      guard !values.isEmpty else { throw fail(.missingIntent) }
      for value in values where !intents.contains(value) {
        throw fail(.unknownIntent(value, known: intents))
      }
      return Self(line: number, subject: .intent, values: values)
    }
    guard
      let kind = EntityKind(rawValue: key)
        ?? EntityKind.allCases.first(where: { $0.singular == key })
    else {
      throw fail(.unknownExpectation(key))
    }
    let ids = known(kind)
    for value in values where !ids.contains(value) {
      throw fail(.unknownEntity(kind: kind, id: value, known: ids))
    }
    return Self(line: number, subject: .entities(kind), values: values)
  }
}
