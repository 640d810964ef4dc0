/// One line of a knowledge file: `key: value`, or `key [source]: value` for a fact.
struct KnowledgeLine: Sendable {
  let key: String
  /// The source id in brackets, when the line names one.
  let source: SourceID?
  let value: String
  /// 1-based.
  let number: Int

  /// The value split at commas, for lists of ids and aliases.
  var list: [String] {
    value.split(separator: ",").map { $0.trimmed() }.filter { !$0.isEmpty }
  }

  /// Whether the line says explicitly that the sources are silent.
  var isNotInSources: Bool { value.lowercased() == "not in sources" }
}

/// The lines of one thing in a knowledge file: a whole role file, or one block of the
/// sources registry.
struct KnowledgeRecord: Sendable {
  let file: String
  let lines: [KnowledgeLine]

  /// An error at `line` of this record's file.
  func error(_ problem: KnowledgeProblem, at line: KnowledgeLine?) -> KnowledgeError {
    KnowledgeError(file: file, line: line?.number ?? lines.first?.number ?? 0, problem: problem)
  }

  /// Fails on a key outside `keys`, and on a key of `single` given twice.
  func check(keys: [String], single: Set<String>) throws(KnowledgeError) {
    var seen = Set<String>()
    for line in lines {
      guard keys.contains(line.key) else {
        throw error(.unknownKey(line.key, expected: keys), at: line)
      }
      if single.contains(line.key), !seen.insert(line.key).inserted {
        throw error(.duplicateKey(line.key), at: line)
      }
    }
  }

  /// The line with this key, which must be there.
  /// - Throws: `KnowledgeError` at the record's first line when the key is missing, and at
  ///   the line when its value is empty.
  func required(_ key: String) throws(KnowledgeError) -> KnowledgeLine {
    guard let line = optional(key) else { throw error(.missingKey(key), at: nil) }
    guard !line.value.isEmpty else { throw error(.emptyValue(key), at: line) }
    return line
  }

  func optional(_ key: String) -> KnowledgeLine? {
    lines.first { $0.key == key }
  }

  func all(_ key: String) -> [KnowledgeLine] {
    lines.filter { $0.key == key }
  }
}
