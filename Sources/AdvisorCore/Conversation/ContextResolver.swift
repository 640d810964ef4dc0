/// Applies the conversation to an analyzed question: carries roles, topics and subjects into
/// follow-ups, resolves references, and uses the profile for questions about "me".
struct ContextResolver {
  let knowledge: KnowledgeBase

  /// Intents whose answer is about a role, and so can take one from the conversation.
  private static let roleCentric: Set<IntentID> = [
    .roleOverview, .reportsTo, .salary, .skills, .nextStep, .become, .timeline, .compare,
    .industries, .outlook, .certifications, .education, .specializations, .degreeValue,
  ]
  /// Of those, the ones a bare follow-up ("what skills?") continues without a pronoun.
  private static let ellipsisCarried: Set<IntentID> = [
    .roleOverview, .reportsTo, .salary, .skills, .nextStep, .become, .timeline, .compare,
    .industries, .outlook,
  ]
  /// The ones a question about oneself answers with the user's own role.
  private static let profileCarried: Set<IntentID> = [
    .advice, .nextStep, .compare, .skills, .certifications, .timeline, .become,
  ]

  /// Resolves `analysis` against `state`.
  func resolve(_ analysis: Analysis, in state: ConversationState) -> Resolution {
    let classification = analysis.classification
    var resolution = Resolution(
      intent: classification.intent, confidence: classification.confidence,
      entities: analysis.entities, assumptions: [], alternatives: [],
      profileUpdate: ProfileExtractor.profile(from: analysis))
    carryTopic(analysis, state, &resolution)
    pointAtSubject(analysis, state, &resolution)
    carryRoles(analysis, state, &resolution)
    if resolution.intent == classification.intent, classification.isUnsure {
      resolution.alternatives = classification.ranked.prefix(3).map(\.intent)
      resolution.intent = .unknown
    }
    return resolution
  }

  /// "What about directors?": names something but no topic, so the topic carries on.
  private func carryTopic(_ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution) {
    guard let topic = state.topic, !topic.isSmallTalk, topic != .profile,
      analysis.classification.topicScore == 0 || analysis.classification.intent == .unknown
    else { return }
    let entities = analysis.entities
    // "and the latter?" points at a role without naming one: it continues the topic too.
    let pointsAtRole = entities.isEmpty && analysis.references.contains { $0 != .current }
    let namesRoleOnly =
      (!entities.roles.isEmpty || pointsAtRole) && entities.certifications.isEmpty
      && entities.degrees.isEmpty
    // "what about defense?" after a question on pay keeps asking about pay.
    let namesIndustryOnly =
      !entities.industries.isEmpty && entities.roles.isEmpty
      && entities.degrees.isEmpty && entities.certifications.isEmpty
    let fits =
      (namesIndustryOnly && [.salary, .industries, .outlook].contains(topic))
      || (namesRoleOnly && Self.roleCentric.contains(topic))
      || (!entities.degrees.isEmpty && [.education, .degreeValue].contains(topic))
      || (!entities.certifications.isEmpty && topic == .certifications)
    if fits { resolution.intent = topic }
  }

  /// "Is it worth it?" after the MEM: "it" is the degree or certification just discussed.
  private func pointAtSubject(
    _ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution
  ) {
    let pointsAtAThing = analysis.words.contains { $0 == "it" || $0 == "this" || $0 == "that" }
    guard let subject = state.subject, pointsAtAThing,
      state.subjectAge <= state.rolesAge || state.roles.isEmpty
    else { return }
    let intent = resolution.intent
    switch subject {
    case .degree(let degree):
      // "how long does it take to become a director?" is about the role, not the degree.
      guard analysis.entities.roles.isEmpty else { return }
      switch intent {
      case .timeline, .education: resolution.intent = .education
      case .salary, .degreeValue: resolution.intent = .degreeValue
      case .specializations: break
      default: return
      }
      resolution.entities.add(.degree(degree))
    case .certification(let certification):
      // "is it worth getting for a project manager?" is still about the certification.
      let related: Set<IntentID> = [.timeline, .education, .degreeValue, .salary, .certifications]
      guard related.contains(intent) else { return }
      resolution.intent = .certifications
      resolution.entities.add(.certification(certification))
    }
  }

  /// Takes roles from the conversation or the profile when the question names none, or names
  /// one to compare with the role under discussion.
  private func carryRoles(_ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution) {
    let intent = resolution.intent
    let named = analysis.entities.roles
    if intent == .compare, named.count == 1, let other = comparedRole(analysis, state, excluding: named[0]) {
      resolution.entities.roles = [other, named[0]]
      return
    }
    guard named.isEmpty, Self.roleCentric.contains(intent) || intent == .advice else { return }
    // "is an MEM worth it?" names its own subject, and "how long does it take?" after the
    // MEM has taken it from the conversation: either way "it" is that thing, not a role.
    // "does an MBA pay off for them?" still points at people, and "would a PMP help me?"
    // is still about the user's role.
    let entities = resolution.entities
    let namesAThing =
      !(entities.degrees.isEmpty && entities.certifications.isEmpty
      && entities.specializations.isEmpty)
    let followsContext = !namesAThing || pointsAtPeople(analysis.words)
    if followsContext, let roles = referencedRoles(analysis, state), Self.roleCentric.contains(intent) {
      resolution.entities.roles = withoutOwnRole(roles, analysis, state, intent)
      if analysis.references.contains(where: { $0 != .current }) || roles.count < state.roles.count {
        resolution.assumptions.append("Taking that to mean the \(titles(resolution.entities.roles)).")
      }
    } else if isAboutMe(analysis.words), Self.profileCarried.contains(intent),
      let role = profileRole(for: intent, state.profile)
    {
      resolution.entities.roles = [role]
      if intent != .advice {
        let whose = role == state.profile.role ? "your role" : "the role you aim for"
        resolution.assumptions.append("Using \(whose), \(titles([role])).")
      }
    } else if followsContext, !state.roles.isEmpty, continuesTheRole(analysis.words, intent) {
      resolution.entities.roles = state.roles
      resolution.assumptions.append("Still about the \(titles(state.roles)).")
    }
  }

  /// Whether a question without a role goes on about the role under discussion: a bare follow-
  /// up ("what skills?"), or a topic that only makes sense for a role ("what's the typical
  /// salary?").
  ///
  /// How long to reach "mid level" is about a stage, not the role.
  private func continuesTheRole(_ words: [String], _ intent: IntentID) -> Bool {
    if isElliptical(words), Self.ellipsisCarried.contains(intent) { return true }
    // "skills for engineers", "which industries pay most overall": about everyone.
    let general: Set<String> = [
      "engineers", "people", "everyone", "anyone", "overall", "general", "generally",
      "industries", "industry", "sectors", "field", "management", "career", "careers",
    ]
    if words.contains(where: general.contains) { return false }
    switch intent {
    case .salary, .skills, .reportsTo, .nextStep, .outlook: return true
    case .timeline:
      return !words.contains {
        ["stage", "stages", "level", "levels", "entry", "mid", "executive"].contains($0)
      }
    default: return false
    }
  }

  /// "How do I get there?" after comparing my role with another: "there" is the other.
  private func withoutOwnRole(
    _ roles: [RoleID], _ analysis: Analysis, _ state: ConversationState, _ intent: IntentID
  ) -> [RoleID] {
    guard [.become, .timeline].contains(intent), isAboutMe(analysis.words), roles.count > 1,
      let own = state.profile.role, roles.contains(own)
    else { return roles }
    return roles.filter { $0 != own }
  }

  /// The role a question about "me" is about: the user's own, or for skills and how to get
  /// there, the one they aim for.
  private func profileRole(for intent: IntentID, _ profile: Profile) -> RoleID? {
    switch intent {
    case .skills, .become, .timeline: profile.targetRole ?? profile.role
    case .advice: profile.role ?? profile.targetRole
    default: profile.role
    }
  }

  private func comparedRole(
    _ analysis: Analysis, _ state: ConversationState, excluding role: RoleID
  ) -> RoleID? {
    let continues =
      !analysis.references.isEmpty || isElliptical(analysis.words)
      || ["vs", "versus", "compared", "or"].contains(analysis.words.first ?? "")
    if continues, let current = state.roles.first(where: { $0 != role }) {
      return current
    }
    if isAboutMe(analysis.words), let mine = state.profile.role, mine != role { return mine }
    return nil
  }

  /// The roles the question's references point at, if it has any and there are some.
  private func referencedRoles(_ analysis: Analysis, _ state: ConversationState) -> [RoleID]? {
    guard let reference = analysis.references.first, !state.roles.isEmpty else { return nil }
    switch reference {
    case .current: return state.roles
    case .former: return [state.pair.first ?? state.roles[0]]
    case .latter: return [state.pair.count > 1 ? state.pair[1] : state.roles[state.roles.count > 1 ? 1 : 0]]
    }
  }

  /// A bare follow-up: "and a VP?", "what about skills?", "salary?".
  private func isElliptical(_ words: [String]) -> Bool {
    guard let first = words.first else { return false }
    if ["and", "also", "plus"].contains(first) { return true }
    if words.count >= 2, ["what", "how"].contains(first), words[1] == "about" { return true }
    return words.count <= 3
  }

  /// Whether the question refers to people ("they", "them") rather than a thing ("it").
  private func pointsAtPeople(_ words: [String]) -> Bool {
    words.contains { ["they", "them", "their", "those", "these", "he", "she", "him", "her"].contains($0) }
  }

  private func isAboutMe(_ words: [String]) -> Bool {
    words.contains { $0 == "i" || $0 == "my" || $0 == "me" }
  }

  private func titles(_ roles: [RoleID]) -> String {
    roles.map { knowledge.role($0)?.title.lowercased() ?? $0.rawValue }.joined(separator: " and the ")
  }
}
