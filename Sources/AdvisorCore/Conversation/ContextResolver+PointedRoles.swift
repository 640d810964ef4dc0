/// The roles a question points at without naming them: "they", "those", "which one", the
/// place on a way ("get there"), and the role asked about beside the bosses it names.
extension ContextResolver {
  /// The two ends of a way, where it starts first.
  ///
  /// They are the one role named (`roles`) and the one under discussion, pointed at as a
  /// place ("there", "become one"). The one after "from" (a `way start` cue) is the start
  /// ("from there to project manager"); without it, the one named first ("how would an R&D
  /// engineer become one?"). A bare "there" after the name points back at that name.
  func wayBetween(_ roles: [RoleID], _ analysis: Analysis, _ state: ConversationState) -> [RoleID]? {
    let cues = analysis.cues
    guard let named = roles.first, roles.count == 1,
      let discussed = state.roles.first, state.roles.count == 1, discussed != named,
      let name = analysis.mentions.first(where: { $0.mention == .entity(.role(named)) })?.range,
      let pointer = analysis.mentions.first(where: { isPlaceOnTheWay($0.mention, $0.range, cues) })?.range
    else { return nil }
    let fromPointer = cues.has(.wayStart, at: pointer.lowerBound - 1)
    let nameFirst = name.lowerBound < pointer.lowerBound
    // "as an R&D manager eventually. how do I get there?": "there" after the name is that role.
    if nameFirst, !fromPointer, !cues.has(.holder, in: pointer) { return nil }
    let startsAtName = cues.has(.wayStart, at: name.lowerBound - 1) || !fromPointer && nameFirst
    return startsAtName ? [named, discussed] : [discussed, named]
  }

  /// "Does it usually report to an engineering manager or a director?" after engineering
  /// project managers: the roles named after "it" are the bosses asked about, and "it" the
  /// roles under discussion, which come first.
  func bossesAsked(_ named: [RoleID], _ analysis: Analysis, _ state: ConversationState) -> [RoleID]? {
    let roleStarts = analysis.mentions.compactMap { mention, range -> Int? in
      if case .entity(.role) = mention { return range.lowerBound } else { return nil }
    }
    guard !named.isEmpty, let firstRole = roleStarts.min(), !state.roles.contains(where: named.contains),
      analysis.mentions.contains(where: {
        $0.mention == .reference(.current) && $0.range.upperBound <= firstRole
      })
    else { return nil }
    return state.roles
  }

  /// "Who reports to a VP?", "and who reports to them?", "a director's direct reports": the
  /// question asks who is under the role, when nothing but asking words comes before "report"
  /// ("who would I report to?" has a subject of its own), or asks for its direct reports.
  func asksWhoReports(_ analysis: Analysis) -> Bool {
    let words = analysis.words
    let isReport = { (index: Int) in words[index].hasPrefix("report") }
    if words.indices.dropFirst().contains(where: { isReport($0) && words[$0 - 1] == "direct" }) {
      return true
    }
    let reportsTo = { (index: Int) in
      isReport(index) && index + 1 < words.count && ["to", "into"].contains(words[index + 1])
    }
    guard let report = words.indices.first(where: reportsTo),
      ["who", "what", "which", "and"].contains(words.first),
      words[..<report].allSatisfy(Self.askingWhoReports.contains)
    else { return false }
    return analysis.mentions.contains { $0.range.lowerBound > report }
  }

  /// The words that may come before "report" in a question asking who reports to a role.
  static let askingWhoReports: Set<String> = [
    "and", "so", "who", "what", "which", "roles", "role", "positions", "jobs", "titles", "people", "usually",
    "typically", "normally", "generally", "would", "does", "do", "will",
  ]

  /// Whether a mention points at the role under discussion as a place or one of its holders:
  /// "there", "get there", "become one"; not "it", nor a "they" that takes no step, which may
  /// point at anything.
  ///
  /// "They" just before a step to a role ("how do they become R&D managers?") are holders of
  /// the role under discussion too: the ones who take the step.
  private func isPlaceOnTheWay(_ mention: Mention, _ range: Range<Int>, _ cues: Cues) -> Bool {
    guard case .reference(.current) = mention else { return false }
    let takesTheStep = (range.upperBound...range.upperBound + 1).contains { cues.has(.goal, at: $0) }
    return cues.has(.place, in: range) || cues.has(.holder, in: range) || takesTheStep
  }

  /// The roles discussed while the roles are remembered, when they are more than the roles
  /// under discussion now.
  func allDiscussed(_ state: ConversationState) -> [RoleID] {
    state.discussed.count > state.roles.count ? state.discussed : state.roles
  }

  /// The roles the question's references point at, if it has any and there are some.
  func referencedRoles(_ analysis: Analysis, _ state: ConversationState) -> [RoleID]? {
    guard let reference = analysis.references.first, !state.roles.isEmpty else { return nil }
    switch reference {
    // "Which one has better work life balance?" after an EM, then a director, chooses between
    // the two.
    case .current: return analysis.cues.has(.choice) ? allDiscussed(state) : state.roles
    case .former: return [state.pair.first ?? state.roles[0]]
    case .latter: return [state.pair.count > 1 ? state.pair[1] : state.roles[state.roles.count > 1 ? 1 : 0]]
    case .both:
      return state.roles.count > 1 || state.discussed.count < 2
        ? state.roles : Array(state.discussed.suffix(2))
    case .all: return allDiscussed(state)
    // "Which of those jobs has the best outlook?" after one role at a time, with no list in the
    // last answer, chooses among the roles discussed; "how much do those pay?" after one role
    // is about that role.
    case .listed:
      if !state.listedRoles.isEmpty { return state.listedRoles }
      return analysis.cues.has(.choice) ? allDiscussed(state) : state.roles
    }
  }
}
