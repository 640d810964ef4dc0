/// Splits the text of a knowledge file into records of `key [source]: value` lines.
///
///     id: engineering_manager
///     title: Engineering manager
///     summary [article]: Manages a specific team or department within engineering…
///     focus: not in sources
///
/// Blank lines separate records in files that hold several (the sources registry, the
/// ladder); `#` starts a comment line.
enum KnowledgeFileParser {
  /// The records of `text`, each a run of lines between blank lines.
  /// - Throws: `KnowledgeError` at the first line that is not `key: value`.
  static func records(_ text: String, file: String) throws(KnowledgeError) -> [KnowledgeRecord] {
    var records: [KnowledgeRecord] = []
    var current: [KnowledgeLine] = []
    let lines = text.utf8.split(separator: 10, omittingEmptySubsequences: false)
    for (offset, bytes) in lines.enumerated() {
      let raw = String(decoding: bytes, as: UTF8.self).trimmed()
      if raw.hasPrefix("#") { continue }
      if raw.isEmpty {
        if !current.isEmpty { records.append(KnowledgeRecord(file: file, lines: current)) }
        current = []
        continue
      }
      do {
        current.append(try line(raw, number: offset + 1))
      } catch {
        throw KnowledgeError(file: file, line: offset + 1, problem: error)
      }
    }
    if !current.isEmpty { records.append(KnowledgeRecord(file: file, lines: current)) }
    return records
  }

  /// All the lines of `text` as one record, for files that describe one thing.
  static func record(_ text: String, file: String) throws(KnowledgeError) -> KnowledgeRecord {
    KnowledgeRecord(file: file, lines: try records(text, file: file).flatMap(\.lines))
  }

  private static func line(_ text: String, number: Int) throws(KnowledgeProblem) -> KnowledgeLine {
    if let control = ControlCharacters.first(in: text) { throw .controlCharacter(control) }
    guard let colon = text.firstIndex(of: ":") else { throw .missingColon }
    var key = String(text[..<colon])
    let value = String(text[text.index(after: colon)...]).trimmed()
    var source: SourceID?
    if let open = key.firstIndex(of: "[") {
      guard let close = key.firstIndex(of: "]"), open < close else { throw .unclosedSource }
      source = SourceID(String(key[key.index(after: open)..<close]).trimmed())
      key = String(key[..<open])
    }
    return KnowledgeLine(
      key: key.trimmed().lowercased(), source: source, value: value, number: number)
  }
}
