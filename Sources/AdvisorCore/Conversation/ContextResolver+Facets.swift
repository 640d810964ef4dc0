/// What a question asks of its subject or topic: the facets of a degree or certification
/// ("how long"), and of a topic file ("team size"), carried into a follow-up that names only
/// another one.
extension ContextResolver {
  /// A question asking for a facet of the thing just discussed ("how long?") is about it
  /// unless it is at least this likely off-topic.
  static let facetOffTopicMaximum = 0.8
  /// The cues that ask for a facet of a degree or certification: "what does it stand for?",
  /// "how long?", however the words alone read.
  static let facets: [Cue] = [
    .asksWhatItIs, .asksHowLong, .asksWhatItTeaches, .asksWorth, .asksRequirements, .asksIfNeeded, .asksCost,
  ]

  /// What the question asks of a degree or certification ("how long").
  ///
  /// The facets in its own words, or those of the question before when it is a follow-up on
  /// the same topic that names only another degree or certification ("and the PE?" after
  /// "how long does the PMP take?"). Not one that weighs the two ("and versus an MBA?"): the
  /// side-by-side answers that.
  func facets(_ analysis: Analysis, _ state: ConversationState, _ intent: IntentID) -> [Cue] {
    // Most questions ask for none: one pass over the few cues found says so, before the facets
    // are asked for one by one, in their order.
    let asksAny = analysis.cues.found.contains { Self.facets.contains($0.cue) }
    let own = asksAny ? Self.facets.filter { analysis.cues.has($0) } : []
    let entities = analysis.entities
    let namesOnlyACredential =
      !(entities.degrees.isEmpty && entities.certifications.isEmpty) && entities.roles.isEmpty
      && analysis.references.isEmpty
    guard own.isEmpty, namesOnlyACredential, !weighs(analysis), analysis.cues.has(.followUp),
      analysis.words.count <= Self.followUpLength, state.topicAge == 0, intent == state.topic
    else { return own }
    return state.facets
  }

  /// The facets of the intent's topic file the question asks for in its words, or, when it only
  /// names or points at another role right after a question on the same topic, the facets
  /// that question asked: "and a director?" after "how many people does an EM manage?".
  func topicFacets(_ analysis: Analysis, _ state: ConversationState, _ intent: IntentID) -> [String] {
    // Most intents have no topic file: the few files' ids say so before one is copied out.
    guard knowledge.topics.contains(where: { $0.id == intent.rawValue }),
      let topic = knowledge.topic(intent.rawValue)
    else { return [] }
    let own = topic.askedFacets(in: analysis.words)
    let entities = analysis.entities
    let namesRoleOnly =
      (!entities.roles.isEmpty || !analysis.references.isEmpty) && entities.degrees.isEmpty
      && entities.certifications.isEmpty && entities.specializations.isEmpty
    guard own.isEmpty, namesRoleOnly, isElliptical(analysis), analysis.words.count <= Self.followUpLength,
      state.topicAge == 0, intent == state.topic
    else { return own }
    return state.topicFacets
  }
}
