/// Reads typed values out of knowledge records, checking every source against the registry
/// and every id against the files that declare one.
struct KnowledgeDecoder {
  /// The ids of the registry, `Knowledge/sources`.
  let sources: Set<SourceID>
  /// Declared ids by kind ("role", "degree", …).
  let declared: [String: Set<String>]

  /// A fact: the line's value with its source, which must be in the registry.
  func sourced(_ line: KnowledgeLine, in record: KnowledgeRecord) throws(KnowledgeError)
    -> Sourced<String>
  {
    Sourced(line.value, try source(of: line, in: record))
  }

  /// The source a fact line names.
  func source(of line: KnowledgeLine, in record: KnowledgeRecord) throws(KnowledgeError) -> SourceID {
    guard let source = line.source else { throw record.error(.missingSource(line.key), at: line) }
    guard sources.contains(source) else {
      throw record.error(.unknownSource(source.rawValue), at: line)
    }
    return source
  }

  /// Every line with this key, as facts.
  func facts(_ key: String, in record: KnowledgeRecord) throws(KnowledgeError) -> [Sourced<String>] {
    var facts: [Sourced<String>] = []
    for line in record.all(key) { facts.append(try sourced(line, in: record)) }
    return facts
  }

  /// A fact that must be stated, or declared `not in sources`.
  func known(_ key: String, in record: KnowledgeRecord) throws(KnowledgeError) -> Known<String> {
    try known(key, in: record) { line throws(KnowledgeError) in line.value }
  }

  /// A fact that must be stated, read by `read`, or declared `not in sources`.
  func known<Value>(
    _ key: String, in record: KnowledgeRecord,
    _ read: (KnowledgeLine) throws(KnowledgeError) -> Value
  ) throws(KnowledgeError) -> Known<Value> {
    let line = try record.required(key)
    if line.isNotInSources { return .notInSources }
    return .known(try read(line), try source(of: line, in: record))
  }

  /// The ids a line lists, each declared by some file.
  func ids<Kind>(_ line: KnowledgeLine, kind: String, in record: KnowledgeRecord)
    throws(KnowledgeError) -> [Identifier<Kind>]
  {
    var ids: [Identifier<Kind>] = []
    for id in line.list {
      guard declared[kind, default: []].contains(id) else {
        throw record.error(.unknownID(kind: kind, id: id), at: line)
      }
      ids.append(Identifier(id))
    }
    return ids
  }

  /// `amount | what it measures | year`, then optionally `| whom it describes`.
  func figure(_ line: KnowledgeLine, in record: KnowledgeRecord) throws(KnowledgeError) -> Figure {
    let parts = line.value.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmed() }
    guard (3...4).contains(parts.count), !parts[0].isEmpty, !parts[1].isEmpty, !parts[2].isEmpty
    else { throw record.error(.badFigure(line.value), at: line) }
    return Figure(
      parts[0], parts[1], year: parts[2], scope: parts.count == 4 ? parts[3] : nil,
      source: try source(of: line, in: record))
  }

  /// Every line with this key, as figures.
  func figures(_ key: String, in record: KnowledgeRecord) throws(KnowledgeError) -> [Figure] {
    var figures: [Figure] = []
    for line in record.all(key) { figures.append(try figure(line, in: record)) }
    return figures
  }

  /// A closed choice such as a stage, read through its raw value.
  func choice<Value: RawRepresentable>(
    _ line: KnowledgeLine, in record: KnowledgeRecord, among all: [Value]
  ) throws(KnowledgeError) -> Value where Value.RawValue == String {
    guard let value = Value(rawValue: line.value.lowercased()) else {
      let expected = all.map(\.rawValue).joined(separator: ", ")
      throw record.error(.badValue(key: line.key, value: line.value, expected: expected), at: line)
    }
    return value
  }

  /// The aliases a record lists, lowercase.
  func aliases(in record: KnowledgeRecord) -> [String] {
    record.optional("aliases")?.list.map { $0.lowercased() } ?? []
  }
}
