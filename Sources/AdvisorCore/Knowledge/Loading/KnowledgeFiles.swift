/// The files of `Knowledge/`, parsed into records and sorted, before their values are read.
struct KnowledgeFiles {
  /// The records of each folder ("roles", …), one a file, in list order.
  private var folders: [String: [KnowledgeRecord]] = [:]
  /// The records of each overview file ("ladder", …).
  private var overviews: [String: [KnowledgeRecord]] = [:]
  /// The registry, read first: every other file cites it.
  private(set) var sources: [Source] = []

  /// Parses every knowledge file (others, such as a README, are skipped); fails on the first
  /// malformed line or duplicate id.
  init(_ files: [(name: String, text: String)]) throws(KnowledgeError) {
    for file in files.sorted(by: { $0.name < $1.name }) where KnowledgeBase.isKnowledgeFile(file.name) {
      if KnowledgeBase.overviewFiles.contains(file.name) {
        overviews[file.name] = try KnowledgeFileParser.records(file.text, file: file.name)
      } else if let folder = KnowledgeBase.folders.keys.first(where: { file.name.hasPrefix($0 + "/") }) {
        folders[folder, default: []].append(try KnowledgeFileParser.record(file.text, file: file.name))
      }
    }
    for (folder, records) in folders { folders[folder] = try Self.sorted(records) }
    let registry = KnowledgeDecoder(sources: [], declared: [:])
    for record in try overview("sources") {
      let source = try registry.source(record)
      if sources.contains(where: { $0.id == source.id }) {
        throw record.error(.duplicateID(kind: "source", id: source.id.rawValue), at: record.optional("id"))
      }
      sources.append(source)
    }
  }

  /// A decoder that knows every source and every declared id.
  func decoder() throws(KnowledgeError) -> KnowledgeDecoder {
    var declared: [String: Set<String>] = [:]
    for (folder, kind) in KnowledgeBase.folders {
      for record in folders[folder] ?? [] {
        let line = try record.required("id")
        if !declared[kind, default: []].insert(line.value).inserted {
          throw record.error(.duplicateID(kind: kind, id: line.value), at: line)
        }
      }
    }
    return KnowledgeDecoder(sources: Set(sources.map(\.id)), declared: declared)
  }

  /// The records of a folder, in list order; the roles folder must not be empty.
  func records(_ folder: String) throws(KnowledgeError) -> [KnowledgeRecord] {
    let records = folders[folder] ?? []
    if records.isEmpty, folder == "roles" {
      throw KnowledgeError(file: folder, line: 0, problem: .missingFile("roles/*.role"))
    }
    return records
  }

  /// The blocks of an overview file, which must be there.
  func overview(_ name: String) throws(KnowledgeError) -> [KnowledgeRecord] {
    guard let records = overviews[name] else {
      throw KnowledgeError(file: name, line: 0, problem: .missingFile(name))
    }
    return records
  }

  /// All the lines of an overview file as one record.
  func overviewRecord(_ name: String) throws(KnowledgeError) -> KnowledgeRecord {
    KnowledgeRecord(file: name, lines: try overview(name).flatMap(\.lines))
  }

  /// Records by their `order:` (those without one last), then by id.
  private static func sorted(_ records: [KnowledgeRecord]) throws(KnowledgeError) -> [KnowledgeRecord] {
    var keyed: [(order: Int, id: String, record: KnowledgeRecord)] = []
    for record in records {
      var order = Int.max
      if let line = record.optional("order") {
        guard let value = Int(line.value) else {
          throw record.error(.badValue(key: "order", value: line.value, expected: "a whole number"), at: line)
        }
        order = value
      }
      keyed.append((order, record.optional("id")?.value ?? "", record))
    }
    return keyed.sorted { ($0.order, $0.id) < ($1.order, $1.id) }.map(\.record)
  }
}
