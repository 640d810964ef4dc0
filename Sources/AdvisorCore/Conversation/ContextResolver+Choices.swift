/// Carrying what was weighed into the question that chooses: the degrees, certifications or
/// industries just set side by side.
extension ContextResolver {
  /// "Which one helps more if you're an eng manager?" after the CSM and Six Sigma, "for a
  /// PM?" after "PMP or CSM?": a question that chooses, or follows up in three words or less, and
  /// names no degree or certification of its own weighs the ones just discussed.
  func carryChoices(_ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution) {
    guard choosesAmongChoices(analysis, state) else { return }
    // "How long does each one take?" after two degrees asks how long each degree takes.
    for choice in state.choices {
      guard let topic = topic(of: analysis, resolution, choosingAmong: choice) else { continue }
      resolution.intent = topic
      resolution.entities.add(choice.entity)
    }
  }

  /// "Which one is better to start out in?" after a junior project manager against a project
  /// engineer: a question that chooses between the roles just discussed, naming nothing, that
  /// the classifier alone would decline, sets them side by side.
  func chooseBetweenRoles(_ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution) {
    guard state.roles.count >= 2, state.rolesAge == 0, analysis.cues.has(.choice), analysis.entities.isEmpty,
      analysis.classification.intent == .unknown, !choosesAmongChoices(analysis, state)
    else { return }
    resolution.intent = .compare
    resolution.entities.roles = state.roles
  }

  /// Whether the question chooses among the degrees or certifications just set side by side,
  /// or follows up on them in three words or less, naming none of its own: "which takes
  /// longer?" after the MS and the MBA is about both, not the last one named.
  func choosesAmongChoices(_ analysis: Analysis, _ state: ConversationState) -> Bool {
    state.choices.count >= 2 && state.subjectAge == 0 && choosesOrFollowsUp(analysis)
      && analysis.entities.degrees.isEmpty && analysis.entities.certifications.isEmpty
  }

  /// What a question that chooses among things like `choice` asks of them: its likeliest
  /// reading that turns into a topic kept for such things when it chooses or asks a facet of
  /// them ("which one should I pick?", "which is more expensive?"), however weakly its few
  /// words read on their own; otherwise its own reading as the intent files turn it.
  private func topic(
    of analysis: Analysis, _ resolution: Resolution, choosingAmong choice: ConversationState.Subject
  ) -> IntentID? {
    let list = topics(about: choice)
    let offTopic = analysis.classification.ranked.first { $0.intent == .unknown }?.probability ?? 0
    let asksOfThem = analysis.cues.has(.choice) || Self.facets.contains(where: analysis.cues.has)
    guard asksOfThem, offTopic < Self.facetOffTopicMaximum else {
      return intent(resolution.intent, whenAbout: list)
    }
    // "Which is the path from my job to construction manager?" has a reading of its own.
    let readings =
      [resolution.intent] + (readsOnItsOwn(analysis) ? [] : analysis.classification.ranked.map(\.intent))
    let topicKept = readings.lazy
      .compactMap { self.intent($0, whenAbout: list) }
      .first { self.followsUp($0, on: choice) }
    return topicKept ?? intent(resolution.intent, whenAbout: list)
  }

  /// "Vs software?" after pay in construction sets the two industries side by side, and
  /// "which is less stressful?" then weighs both; "and for a VP?" after pay in aerospace
  /// asks about aerospace still.
  func weighIndustries(_ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution) {
    guard !state.industries.isEmpty, state.industriesAge == 0, !does(resolution.intent, .smallTalk)
    else { return }
    let named = analysis.entities.industries
    let setsSideBySide =
      weighs(analysis) || analysis.cues.has(.choice) || pointsAtPlace(analysis)
    if !named.isEmpty, setsSideBySide, named.contains(where: { !state.industries.contains($0) }) {
      resolution.entities.industries = state.industries
      for industry in named { resolution.entities.add(.industry(industry)) }
    } else if named.isEmpty, resolution.entities.industries.isEmpty,
      keepsTheSetting(analysis, state, resolution)
    {
      resolution.entities.industries = state.industries
    }
  }

  /// Whether a question that names no industry stays in the ones just discussed: it chooses
  /// between two or more, or follows up on the same topic about another role ("and for a VP
  /// of engineering?").
  private func keepsTheSetting(
    _ analysis: Analysis, _ state: ConversationState, _ resolution: Resolution
  ) -> Bool {
    if state.industries.count >= 2, analysis.cues.has(.choice) { return true }
    let entities = analysis.entities
    let namesRoleOnly =
      !entities.roles.isEmpty && entities.degrees.isEmpty && entities.certifications.isEmpty
      && entities.disciplines.isEmpty && entities.specializations.isEmpty
    return namesRoleOnly && analysis.cues.has(.followUp) && resolution.intent == state.topic
      && analysis.words.count <= Self.followUpLength
  }

  /// "Which one", "either": the question chooses; or it is a follow-up of a few words ("for a
  /// PM?"), not one that asks something new ("also, which industries pay best?").
  private func choosesOrFollowsUp(_ analysis: Analysis) -> Bool {
    analysis.cues.has(.choice) || isShort(analysis)
  }

  /// The one role under discussion that a word of its title before "one" picks out ("the
  /// senior one" after an EM and a senior EM); nil when the question picks none, or two.
  func pickedOut(_ analysis: Analysis, _ state: ConversationState) -> RoleID? {
    guard state.roles.count >= 2 else { return nil }
    let picked = theOneNamed(among: state.roles, analysis)
    return picked.count == 1 ? picked[0] : nil
  }

  /// The role that a word before "one" makes of the one role under discussion: "and a senior
  /// one?" after engineering managers is the senior engineering manager, "a junior one" after
  /// project managers the junior project manager; nil when no role's title is that word and
  /// the discussed role's.
  func variantPickedOut(_ analysis: Analysis, _ state: ConversationState) -> RoleID? {
    guard analysis.entities.roles.isEmpty, state.roles.count == 1,
      let discussed = knowledge.role(state.roles[0]),
      let one = analysis.cues.found.first(where: { $0.cue == .holder && $0.position > 0 })?.position
    else { return nil }
    let title = analysis.words[one - 1] + " " + discussed.title.lowercased()
    return knowledge.roles.first { $0.title.lowercased() == title }?.id
  }

  /// "And a senior one?" after pay for engineering managers: the role picked out as a variant
  /// of the one discussed, and, unless the question reads on its own, the topic under
  /// discussion.
  func pickVariant(_ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution) {
    guard let variant = variantPickedOut(analysis, state) else { return }
    resolution.entities.roles = [variant]
    if !readsOnItsOwn(analysis), let topic = state.topic, does(topic, .role) { resolution.intent = topic }
  }

  /// The one role of `roles` that the word before "one" (a `holder` cue) names, or all of them.
  ///
  /// "Does the engineering one need a PE license?" after project managers and engineering
  /// project managers is about the engineering project manager alone; "does the senior one
  /// get paid more?" weighs the two, and keeps both.
  func theOneNamed(among roles: [RoleID], _ analysis: Analysis) -> [RoleID] {
    let words = analysis.words
    let cues = analysis.cues
    guard roles.count >= 2, !cues.has(.contrast), !cues.has(.comparison), !cues.has(.weighing),
      let one = cues.found.first(where: { $0.cue == .holder && $0.position > 0 })?.position
    else { return roles }
    let picked = roles.filter { role in
      knowledge.role(role).map { Tokenizer.words(in: $0.title.lowercased()).contains(words[one - 1]) }
        ?? false
    }
    return picked.count == 1 ? picked : roles
  }
}
