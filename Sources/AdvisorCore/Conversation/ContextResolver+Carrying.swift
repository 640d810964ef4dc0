/// Carrying the conversation into a question that names too little: the roles under
/// discussion or the user's own, and the industry "there" points at.
extension ContextResolver {
  /// "What do they own day to day vs an EM?", "what does a program manager oversee that a
  /// project manager doesn't?": what two roles do, set against each other, is their
  /// difference. (Pay or hours set side by side stay pay and hours.)
  func contrastDuties(_ analysis: Analysis, _ resolution: inout Resolution) {
    guard resolution.intent == .roleOverview, resolution.entities.roles.count == 2,
      analysis.cues.has(.contrast) || analysis.cues.has(.unlike)
    else { return }
    resolution.intent = .compare
  }

  /// Takes roles from the conversation or the profile when the question names none, or names
  /// one to compare with the role under discussion.
  func carryRoles(_ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution) {
    let intent = resolution.intent
    // "And a senior one?" names its role as a variant of the one discussed.
    if variantPickedOut(analysis, state) != nil { return }
    // A title read as a track ("do I have to become a manager?") or counted names no role.
    // Mostly none is, and the roles are the ones named, with no list to build.
    let roles = analysis.entities.roles
    let named = roles == resolution.entities.roles ? roles : roles.filter(resolution.entities.roles.contains)
    // "Does the senior one report to a director?" after an EM and a senior EM: the one picked
    // out, then the role named.
    if !named.isEmpty, let picked = pickedOut(analysis, state), !named.contains(picked) {
      resolution.entities.roles = [picked] + named
      return
    }
    if intent == .reportsTo, let asker = bossesAsked(named, analysis, state) {
      resolution.entities.roles = asker + named
      return
    }
    // "do they earn more than EMs?" after principal engineers compares the two as well, and so
    // does "is that job more stressful than being an EM?" after directors.
    let comparesWithCurrent =
      analysis.cues.has(.contrast) && !analysis.references.isEmpty || measuresPointedAgainstNamed(analysis)
    if intent == .compare || comparesWithCurrent, named.count == 1,
      let other = comparedRole(analysis, state, excluding: named[0], asksToCompare: intent == .compare)
    {
      resolution.entities.roles = [other, named[0]]
      return
    }
    // "what would a director's job involve compared to what I do now?" measures the role
    // named against the user's own.
    if analysis.cues.has(.contrast), analysis.cues.has(.me), named.count == 1,
      let mine = state.profile.role, mine != named[0]
    {
      resolution.entities.roles = [mine, named[0]]
      if intent == .roleOverview { resolution.intent = .compare }
      return
    }
    // "Would my pay go up much?" from an engineering manager aiming at director: the pay of
    // the two, set side by side.
    if intent == .salary, named.isEmpty, analysis.cues.has(.me), analysis.cues.has(.payChange),
      let mine = state.profile.role, let goal = state.profile.targetRole, mine != goal
    {
      resolution.entities.roles = [mine, goal]
      resolution.assumptions.append("Your role against the one you aim for.")
      return
    }
    if let ends = wayBetween(named, analysis, state), does(intent, .wayBetween) {
      resolution.entities.roles = ends
      resolution.isWayBetween = true
      return
    }
    guard named.isEmpty else { return }
    let uses = self.uses(of: intent)
    guard uses.contains(.role) || Self.usesProfile(uses) else { return }
    // "is an MEM worth it?" names its own subject, and "how long does it take?" after the
    // MEM has taken it from the conversation: either way "it" is that thing, not a role
    // (though the role under discussion still carries on, last below).
    // "does an MBA pay off for them?" still points at people, "would a PMP help me?" is
    // still about the user's role, and "would a PMP help?" about the role under discussion.
    // A specialization asked about "for that" is chosen for a role, whatever else it names.
    let entities = resolution.entities
    let namesAThing =
      !(entities.degrees.isEmpty && entities.certifications.isEmpty
      && entities.specializations.isEmpty)
    let followsContext = !namesAThing || analysis.cues.has(.people) || intent == .specializations
    if followsContext, let roles = referencedRoles(analysis, state), uses.contains(.role) {
      resolution.entities.roles = theOneNamed(among: withoutOwnRole(roles, analysis, state, uses), analysis)
      // "How is that different from what I do now?": the role pointed at, against mine.
      if intent == .compare, analysis.cues.has(.me), resolution.entities.roles.count == 1,
        let mine = state.profile.role, mine != resolution.entities.roles[0]
      {
        resolution.entities.roles.append(mine)
      }
      // Said when the words point at one role of several, or at roles the last answer listed.
      let pointsAtListed = analysis.references.first == .listed && !state.listedRoles.isEmpty
      if analysis.references.contains(where: { !$0.mayPointAtAnything }) || pointsAtListed
        || resolution.entities.roles.count < state.roles.count
      {
        resolution.assumptions.append("Taking that to mean \(titles(resolution.entities.roles)).")
      }
    } else if analysis.cues.has(.me), !asksAboutEveryone(analysis), let roles = discussedGoal(uses, state) {
      // "what skills would I need to build?" after moving towards operations manager; "how do
      // I get into management?" is about the track, whatever was discussed.
      resolution.entities.roles = roles
      resolution.assumptions.append("Still about \(titles(roles)).")
    } else if analysis.cues.has(.me), let role = profileRole(for: uses, state.profile) {
      resolution.entities.roles = [role]
      if !uses.contains(.advisesMe) {
        let whose = role == state.profile.role ? "your role" : "the role you aim for"
        resolution.assumptions.append("Using \(whose), \(phrasing.name(role)).")
      }
    } else if !state.roles.isEmpty, !asksAboutTheThing(analysis),
      continuesTheRole(analysis, uses)
    {
      resolution.entities.roles = theOneNamed(among: state.roles, analysis)
      resolution.assumptions.append("Still about \(titles(resolution.entities.roles)).")
    } else if uses.contains(.advisesMe) {
      // Advice is always for the user, "I" or not: "ok, what would you do first?" after
      // asking how to become an EM is advice towards the EM.
      resolution.entities.roles =
        profileRole(for: uses, state.profile).map { [$0] } ?? state.roles
    }
  }

  /// "Do they pay well there?" after pharma: "there" is the industry just named.
  func carryIndustries(
    _ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution
  ) {
    guard analysis.entities.industries.isEmpty, !state.industries.isEmpty, pointsAtPlace(analysis),
      !does(resolution.intent, .smallTalk)
    else { return }
    resolution.entities.industries = state.industries
    let names = state.industries.map { knowledge.industry($0)?.name.lowercased() ?? $0.rawValue }
    resolution.assumptions.append("There: \(names.joined(separator: " and ")).")
  }

  /// Whether a word of the question points at a place ("there", "that industry") other than
  /// the "there" of "is there" or "there are".
  func pointsAtPlace(_ analysis: Analysis) -> Bool {
    let cues = analysis.cues
    return cues.found.contains { cue, position in
      cue == .place && !cues.has(.existential, at: position) && !cues.has(.existential, at: position - 1)
    }
  }

  /// Whether a question without a role goes on about the role under discussion: a bare follow-
  /// up ("what skills?"), a topic that only makes sense for a role ("what's the typical
  /// salary?", "would a PMP help?"), for an intent with these `uses`.
  ///
  /// How long to reach "mid level" is about a stage, not the role.
  private func continuesTheRole(_ analysis: Analysis, _ uses: [ContextUse]) -> Bool {
    if isElliptical(analysis), uses.contains(.followUp) { return true }
    // "skills for engineers", "how long to reach mid level": about everyone, or a stage.
    if asksAboutEveryone(analysis) || analysis.cues.has(.stage) { return false }
    return uses.contains(.continuesRole)
  }

  /// Whether a word of the question says it is about everyone ("skills for engineers"), other
  /// than the head word of a setting's name: "in the automotive industry" names one setting,
  /// while "is project management oversaturated?" is about the whole field.
  private func asksAboutEveryone(_ analysis: Analysis) -> Bool {
    analysis.cues.found.contains { $0.cue == .everyone && !isInSettingName($0.position, analysis) }
  }

  /// Whether the word at `position` is a word of an industry's or discipline's name, or
  /// the word just after it ("automotive industry").
  private func isInSettingName(_ position: Int, _ analysis: Analysis) -> Bool {
    analysis.mentions.contains { mention, range in
      guard case .entity(let entity) = mention, range.contains(position) || range.upperBound == position
      else { return false }
      return entity.kind == .industries || entity.kind == .disciplines
    }
  }

  /// Whether the question asks what a degree or certification is, whoever asks: "what does PMP
  /// stand for?", "what certifications are there?" do not depend on the role under discussion.
  ///
  /// How long it takes and what it teaches go on about that role, as the contract's rule for
  /// a question without a role has it (the sets' writers agreed, 12 turns to 3).
  private func asksAboutTheThing(_ analysis: Analysis) -> Bool {
    analysis.cues.has(.asksWhatItIs)
  }

  /// "How do I get there?" after comparing my role with another: "there" is the other, for an
  /// intent whose `uses` take the user's goal.
  private func withoutOwnRole(
    _ roles: [RoleID], _ analysis: Analysis, _ state: ConversationState, _ uses: [ContextUse]
  ) -> [RoleID] {
    guard uses.contains(.usesMyGoal), analysis.cues.has(.me), roles.count > 1,
      let own = state.profile.role, roles.contains(own)
    else { return roles }
    return roles.filter { $0 != own }
  }

  /// The roles under discussion, for a question about what "I" would need to get somewhere
  /// (its intent's `uses` say so) when the user named no goal: the roles just discussed,
  /// unless they include the user's own.
  private func discussedGoal(_ uses: [ContextUse], _ state: ConversationState) -> [RoleID]? {
    guard uses.contains(.usesMyGoal), state.profile.targetRole == nil, !state.roles.isEmpty,
      !state.roles.contains(where: { $0 == state.profile.role })
    else { return nil }
    return state.roles
  }

  /// The role a question about "me" is about, for an intent with these `uses`: the user's
  /// own, or for skills and how to get there, the one they aim for.
  private func profileRole(for uses: [ContextUse], _ profile: Profile) -> RoleID? {
    if uses.contains(.usesMyGoal) { return profile.targetRole ?? profile.role }
    if uses.contains(.advisesMe) { return profile.role ?? profile.targetRole }
    return uses.contains(.usesMyRole) ? profile.role : nil
  }

  /// The other side of a comparison that names one role: the one under discussion, else yours.
  ///
  /// A question that asks to compare ("is a principal engineer very different?") needs no
  /// word pointing back; a question set against the current role ("do they earn more than
  /// EMs?") does.
  private func comparedRole(
    _ analysis: Analysis, _ state: ConversationState, excluding role: RoleID, asksToCompare: Bool
  ) -> RoleID? {
    let continues =
      asksToCompare || !analysis.references.isEmpty || isElliptical(analysis)
      || analysis.cues.has(.comparison)
    if continues, let current = state.roles.first(where: { $0 != role }) {
      return current
    }
    if asksToCompare || analysis.cues.has(.me), let mine = state.profile.role, mine != role { return mine }
    return nil
  }

  /// Whether the question measures what it points at against a role it names, "than" between
  /// them: "is that job more stressful than being an EM?".
  ///
  /// The role comes at most three words after "than", so "a more nuanced answer than I
  /// expected" measures nothing; the pointer comes before it, so "more stressed than the
  /// engineers on their teams" measures the role named first, not the people "their" points at.
  private func measuresPointedAgainstNamed(_ analysis: Analysis) -> Bool {
    guard let than = analysis.cues.found.first(where: { $0.cue == .comparative })?.position else {
      return false
    }
    let pointsBefore = analysis.mentions.contains { mention, range in
      if case .reference = mention { return range.upperBound <= than }
      return false
    }
    let namesAfter = analysis.mentions.contains { mention, range in
      if case .entity(.role) = mention { return (than + 1...than + 3).contains(range.lowerBound) }
      return false
    }
    return pointsBefore && namesAfter
  }
}
