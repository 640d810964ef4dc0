/// Which intents and roles of the contract a set of transcripts exercises, for
/// `advisor check --coverage`.
///
/// Counts what the replies actually were, not what the transcripts expect: a role
/// carried from the conversation counts for the turn that used it.
public struct CoverageReport: Sendable, Equatable {
  /// Answers per intent.
  public private(set) var intents: [IntentID: Int] = [:]
  /// Turns per role.
  public private(set) var roles: [RoleID: Int] = [:]
  /// Transcripts added.
  public private(set) var transcripts = 0
  /// Every role of the knowledge base, in its order.
  private let allRoles: [RoleID]
  /// Every intent the intent files define, in their order.
  private let allIntents: [IntentID]

  /// An empty report over the roles of `knowledge` and the intents of `intents`.
  public init(knowledge: KnowledgeBase, intents: IntentLibrary) {
    allRoles = knowledge.roles.map(\.id)
    allIntents = intents.definitions.map(\.intent)
  }

  /// Adds one checked transcript's turns.
  public mutating func add(_ check: TranscriptCheck) {
    transcripts += 1
    intents.merge(check.intents, uniquingKeysWith: +)
    roles.merge(check.roles, uniquingKeysWith: +)
  }

  /// Intents no reply had, in the contract's order.
  public var missingIntents: [IntentID] { allIntents.filter { intents[$0] == nil } }
  /// Roles no reply named or carried, in the knowledge base's order.
  public var missingRoles: [RoleID] { allRoles.filter { roles[$0] == nil } }

  /// The report: for intents, then roles, how many of the contract's ids were
  /// exercised, each exercised id with its count, and the missing ones.
  ///
  ///     Coverage of 9 transcripts:
  ///     intents: 21 of 22 exercised
  ///       greeting 2, farewell 1, ...
  ///       missing: outlook
  public var text: String {
    var lines = ["Coverage of \(transcripts) transcript\(transcripts == 1 ? "" : "s"):"]
    lines += section("intents", allIntents.map { ($0.rawValue, intents[$0]) })
    lines += section("roles", allRoles.map { ($0.rawValue, roles[$0]) })
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
