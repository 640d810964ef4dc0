/// Placing a question on a topic: the one it names, the one under discussion, or the thing
/// just discussed, when its own words say too little.
extension ContextResolver {
  /// How likely the best on-topic intent must be for a question that points back at the role
  /// under discussion to get it rather than be declined.
  static let pointingBackMinimum = 0.15
  /// Below this probability of being off-topic, a question that points back is no likelier
  /// off-topic than not, so it continues the topic under discussion.
  static let pointingBackOffTopicMaximum = 0.5
  /// A question that points back and names nothing, whose best reading is less likely than
  /// this, is placed as one the classifier declined: its few words say too little.
  static let pointingBackWeakest = 0.6
  /// A question whose intent files' topic terms score at least this ("how do I become", not
  /// a lone "need") keeps its own reading, however weak.
  static let ownTopicMinimum = 3.0

  /// "How do I become one?" after systems engineers: words that alone look off-topic, but
  /// that point back at the role under discussion, so the likeliest on-topic intent answers
  /// them when it is at all likely, or else the topic under discussion when off-topic is not
  /// the likelier reading ("is it going to rain?" stays declined).
  ///
  /// The same when they point at the degree or certification just discussed: "does it
  /// represent a sound financial investment?" after the MEM is its value, not more of what
  /// it teaches.
  func placeQuestionAboutRole(
    _ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution
  ) {
    guard !analysis.references.isEmpty else { return }
    let ranked = analysis.classification.ranked
    let declined = resolution.intent == .unknown
    // "How do I become one?" is weakly read but has its topic's phrase: it stays itself.
    // "How long does it take?" after the MEM asks for a facet of the degree, which
    // `pointAtSubject` places.
    let asksAboutSubject = state.subject != nil && Self.facets.contains { analysis.cues.has($0) }
    let weak =
      analysis.entities.isEmpty && analysis.classification.topicScore < Self.ownTopicMinimum
      && (ranked.first?.probability ?? 0) < Self.pointingBackWeakest && !asksAboutSubject
    guard declined || weak else { return }
    // "Great, that's everything. Have a good one.": small talk in its own words, whatever
    // "one" might point at. "I am much obliged. That will be all.": thanks and farewell share
    // the likelihood, which together is small talk however "that" might point back.
    let smallTalkProbability = ranked.filter { does($0.intent, .smallTalk) }.reduce(0) { $0 + $1.probability }
    let saysItsOwnSmallTalk =
      (does(resolution.intent, .smallTalk) && !declined && analysis.classification.topicScore > 0)
      || smallTalkProbability >= Self.pointingBackWeakest
    guard !saysItsOwnSmallTalk else { return }
    if declined, !state.roles.isEmpty || state.subject != nil,
      let best = ranked.first(where: { $0.intent != .unknown }),
      best.probability >= Self.pointingBackMinimum
    {
      resolution.intent = best.intent
    } else if let topic = state.topic, !does(topic, .smallTalk), topic != .profile,
      ranked.first(where: { $0.intent == .unknown }).map({ $0.probability < Self.pointingBackOffTopicMaximum }
      ) ?? true,
      declined || analysis.words.count <= Self.followUpLength
        || ranked.contains(where: { $0.intent == topic && $0.probability >= Self.pointingBackMinimum })
    {
      // "What would it take?" after going back to engineering: too short to place, and no
      // more likely off-topic than not, so it continues the topic under discussion. A longer
      // question ("would I still be out on location or is it mostly a desk deal?" after how
      // to become a manager) continues it only when the topic is among its own readings.
      resolution.intent = topic
    }
  }

  /// How likely the best on-topic reading of a terse follow-up must be to answer it.
  static let terseFollowUpMinimum = 0.25

  /// "hours bad?" after construction managers: a terse question the classifier declines,
  /// but whose words are a topic of the intent files, asks that about the role under discussion.
  func placeTerseFollowUp(
    _ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution
  ) {
    guard resolution.intent == .unknown, isShort(analysis), analysis.entities.isEmpty, !state.roles.isEmpty,
      let best = analysis.classification.ranked.first(where: { $0.intent != .unknown }),
      best.hand.topicScore > 0, best.probability >= Self.terseFollowUpMinimum, !does(best.intent, .smallTalk)
    else { return }
    resolution.intent = best.intent
  }

  /// A question that names a role but no topic words of the intent files is still read as
  /// its own question when the classifier is at least this sure of it: "what does a CTO do
  /// that a VP doesn't?" compares, whatever was asked before.
  static let ownReadingMinimum = 0.9

  /// At most this many words, a question that names a role and no topic is a follow-up ("is
  /// that true for directors too?"), and one that points back with a weak reading of its own
  /// continues the topic under discussion ("what would that require?").
  static let followUpLength = 9

  /// Whether the classifier reads the question as off-topic more likely than not: "which pizza
  /// place do directors like?" names a role, but is no follow-up about it.
  private func isLikelierOffTopic(_ analysis: Analysis) -> Bool {
    let offTopic = analysis.classification.ranked.first { $0.intent == .unknown }
    return (offTopic?.probability ?? 0) >= Self.pointingBackOffTopicMaximum
  }

  /// Whether the question has a reading of its own: topic words of its intent's file, or a
  /// reading the classifier is all but sure of.
  func readsOnItsOwn(_ analysis: Analysis) -> Bool {
    let classification = analysis.classification
    return (classification.topicScore > 0 || classification.confidence >= Self.ownReadingMinimum)
      && classification.intent != .unknown
  }

  /// At most this many words, a follow-up that names a place asks the topic under discussion
  /// there: "and in Texas?", "what about in the Bay Area?".
  static let placeFollowUpLength = 6

  /// Whether the question names a kind of employer ("a startup"), or is a follow-up that names
  /// a place and little else ("and in Texas?"): "also, any good late night pizza in Austin?"
  /// and "also, what's the capital of Australia?" are no follow-ups about a place.
  private func namesEmployerKindOrPlace(_ analysis: Analysis) -> Bool {
    analysis.cues.has(.setting)
      || analysis.cues.has(.location) && analysis.cues.has(.followUp)
        && analysis.words.count <= Self.placeFollowUpLength && !analysis.classification.namesOffTopic
  }

  /// "What about directors?": names something but no topic, so the topic carries on.
  func carryTopic(_ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution) {
    let classification = analysis.classification
    guard let topic = state.topic, !does(topic, .smallTalk), topic != .profile else { return }
    let entities = analysis.entities
    // "and the latter?" points at a role without naming one: it continues the topic too.
    let pointsAtRole = entities.isEmpty && analysis.references.contains { !$0.mayPointAtAnything }
    // "do you need to be a manager to get to CTO?" says more than a follow-up does.
    let namesRoleOnly =
      (!entities.roles.isEmpty || pointsAtRole) && entities.certifications.isEmpty
      && entities.degrees.isEmpty
      && (isElliptical(analysis) || pointsAtRole
        || analysis.words.count <= Self.followUpLength && !isLikelierOffTopic(analysis))
    // "what about defense?" after a question on pay keeps asking about pay; "how about
    // electrical?", "and at a startup?" keep any topic. (A question that only happens to name
    // a setting, "can you recommend a good mechanical keyboard?", and reads as off-topic more
    // likely than not, neither short nor marked a follow-up or a comparison, keeps no topic.)
    let namesSettingOnly =
      !(entities.industries.isEmpty && entities.disciplines.isEmpty && !namesEmployerKindOrPlace(analysis))
      && entities.roles.isEmpty && entities.degrees.isEmpty && entities.certifications.isEmpty
    // A question with a reading of its own keeps it, unless it is plainly a follow-up about
    // another setting: "what about in construction?" after pay still asks about pay.
    let readsOnItsOwn = readsOnItsOwn(analysis)
    // "and at a big company?" after whom a VP reports to: a kind of employer, with no
    // industry named, is a setting for any topic, even though "company" is a word of the
    // industries file; so is a place, "and in Texas?".
    let namesEmployerKindOnly =
      namesSettingOnly && entities.industries.isEmpty && entities.disciplines.isEmpty
    // "What about work life balance in construction?" after pay asks its own topic in that
    // topic's words, though it names a setting.
    let asksInOwnWords =
      classification.intent != .industries && does(classification.intent, .role)
      && classification.topicScore >= Self.declinedTopicMinimum
    let followsUpOnSetting =
      analysis.cues.has(.followUp) && namesSettingOnly && !asksInOwnWords
      && (does(topic, .industryFollowUp) || namesEmployerKindOnly)
    guard !readsOnItsOwn || followsUpOnSetting else { return }
    // "and the hours?" after a question on stress: a follow-up the classifier alone would
    // decline, whose likeliest topic is the one under discussion, stays on it.
    // Not when it names something off-topic, "also, how do you become a dentist?", nor when
    // it reads as off-topic more likely than not: "also, how much should I tip a waiter?" after pay.
    let continuesTopic =
      analysis.cues.has(.followUp) && classification.intent == .unknown && !classification.namesOffTopic
      && !isLikelierOffTopic(analysis)
      && classification.ranked.first { $0.intent != .unknown }?.intent == topic
    let fits =
      continuesTopic
      || (namesSettingOnly && (does(topic, .industryFollowUp) || isElliptical(analysis))
        && (isElliptical(analysis) || weighs(analysis) || !isLikelierOffTopic(analysis)))
      || (namesRoleOnly && does(topic, .role))
      || (!entities.degrees.isEmpty && does(topic, .degreeFollowUp))
      || (!entities.certifications.isEmpty && does(topic, .certificationFollowUp))
    if fits { resolution.intent = topic }
  }
}
