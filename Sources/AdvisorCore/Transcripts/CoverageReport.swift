/// What a set of transcripts exercises of the contract, for `advisor check --coverage`:
/// every intent and every entity of each kind (roles, certifications, degrees,
/// disciplines, industries, specializations), and how much of it each file covers.
///
/// Counts what the replies actually were, not what the transcripts expect: an entity
/// carried from the conversation counts for the turn that used it.
public struct CoverageReport: Sendable, Equatable {
  /// What one transcript exercised.
  public struct File: Sendable, Equatable {
    public let file: String
    /// Questions answered (meta-commands are not counted).
    public let turns: Int
    /// How many distinct intents its replies had.
    public let intents: Int
    /// How many distinct ids of each kind its replies had.
    public let entities: [EntityKind: Int]
  }

  /// Answers per intent.
  public private(set) var intents: [IntentID: Int] = [:]
  /// Turns per entity id, for each kind.
  public private(set) var entities: [EntityKind: [String: Int]] = [:]
  /// Each transcript added, in order.
  public private(set) var files: [File] = []
  /// Every intent the intent files define, in their order.
  private let allIntents: [IntentID]
  /// Every id of each kind of the knowledge base, in its order.
  private let allEntities: [EntityKind: [String]]

  /// An empty report over the ids of `knowledge` and the intents of `intents`.
  public init(knowledge: KnowledgeBase, intents: IntentLibrary) {
    allIntents = intents.definitions.map(\.intent)
    allEntities = Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { ($0, knowledge.ids(of: $0)) })
  }

  /// Transcripts added.
  public var transcripts: Int { files.count }

  /// Adds one checked transcript's turns.
  public mutating func add(_ check: TranscriptCheck) {
    let replies = check.turns.compactMap(\.reply)
    let intentCounts = replies.reduce(into: [IntentID: Int]()) { $0[$1.intent, default: 0] += 1 }
    intents.merge(intentCounts, uniquingKeysWith: +)
    var distinct: [EntityKind: Int] = [:]
    for kind in EntityKind.allCases {
      let counts = replies.flatMap { $0.entities.ids(of: kind) }.reduce(into: [String: Int]()) {
        $0[$1, default: 0] += 1
      }
      entities[kind, default: [:]].merge(counts, uniquingKeysWith: +)
      distinct[kind] = counts.count
    }
    files.append(
      File(file: check.transcript.file, turns: replies.count, intents: intentCounts.count, entities: distinct)
    )
  }

  /// Intents no reply had, in the contract's order.
  public var missingIntents: [IntentID] { allIntents.filter { intents[$0] == nil } }

  /// Ids of `kind` no reply named or carried, in the knowledge base's order.
  public func missing(_ kind: EntityKind) -> [String] {
    (allEntities[kind] ?? []).filter { entities[kind]?[$0] == nil }
  }

  /// The report: for intents, then each entity kind, how many of the contract's ids were
  /// exercised, each exercised id with its count, and the missing ones; then one line per
  /// file with how many of each it exercised.
  ///
  ///     Coverage of 9 transcripts:
  ///     intents: 21 of 22 exercised
  ///       greeting 2, farewell 1, ...
  ///       missing: outlook
  ///     roles: ...
  ///     per file (distinct ids exercised, of all):
  ///       Transcripts/demo.transcript: 12 questions; intents 8/22, roles 5/23, ...
  public var text: String {
    var lines = ["Coverage of \(transcripts) transcript\(transcripts == 1 ? "" : "s"):"]
    lines += section("intents", allIntents.map { ($0.rawValue, intents[$0]) })
    for kind in EntityKind.allCases {
      lines += section(kind.rawValue, (allEntities[kind] ?? []).map { ($0, entities[kind]?[$0]) })
    }
    lines.append("per file (distinct ids exercised, of all):")
    for file in files {
      let kinds = EntityKind.allCases.map {
        "\($0.rawValue) \(file.entities[$0] ?? 0)/\(allEntities[$0]?.count ?? 0)"
      }
      let counts = ["intents \(file.intents)/\(allIntents.count)"] + kinds
      lines.append(
        "  \(file.file): \(file.turns) question\(file.turns == 1 ? "" : "s"); \(counts.joined(separator: ", "))"
      )
    }
    return lines.joined(separator: "\n")
  }

  private func section(_ title: String, _ counts: [(id: String, count: Int?)]) -> [String] {
    let seen = counts.compactMap { item in item.count.map { "\(item.id) \($0)" } }
    let missing = counts.filter { $0.count == nil }.map(\.id)
    var lines = ["\(title): \(seen.count) of \(counts.count) exercised"]
    if !seen.isEmpty { lines.append("  " + seen.joined(separator: ", ")) }
    lines.append("  missing: " + (missing.isEmpty ? "none" : missing.joined(separator: ", ")))
    return lines
  }
}
