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
    let ranked = analysis.classification.ranked
    let declined = resolution.intent == .unknown
    // "How do I become one?" is weakly read but has its topic's phrase: it stays itself.
    // "How long does it take?" after the MEM asks for a facet of the degree, which
    // `pointAtSubject` places.
    let asksAboutSubject = state.subject != nil && Self.facets.contains { analysis.cues.has($0) }
    let weak =
      analysis.entities.isEmpty && analysis.classification.topicScore < Self.ownTopicMinimum
      && (ranked.first?.probability ?? 0) < Self.pointingBackWeakest && !asksAboutSubject
    guard declined || weak, !analysis.references.isEmpty else { return }
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
      ) ?? true
    {
      // "What would it take?" after going back to engineering: too short to place, and no
      // more likely off-topic than not, so it continues the topic under discussion.
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

  /// At most this many words, a question that names a role and no topic is a follow-up:
  /// "is that true for directors too?".
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
    // likely than not, with nothing marking it a follow-up, keeps no topic: see `fits`.)
    let namesSettingOnly =
      !(entities.industries.isEmpty && entities.disciplines.isEmpty && !analysis.cues.has(.setting))
      && entities.roles.isEmpty && entities.degrees.isEmpty && entities.certifications.isEmpty
    // A question with a reading of its own keeps it, unless it is plainly a follow-up about
    // another setting: "what about in construction?" after pay still asks about pay.
    let readsOnItsOwn = readsOnItsOwn(analysis)
    // "and at a big company?" after whom a VP reports to: a kind of employer, with no
    // industry named, is a setting for any topic, even though "company" is a word of the
    // industries file.
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
        && (analysis.cues.has(.followUp) || !isLikelierOffTopic(analysis)))
      || (namesRoleOnly && does(topic, .role))
      || (!entities.degrees.isEmpty && does(topic, .degreeFollowUp))
      || (!entities.certifications.isEmpty && does(topic, .certificationFollowUp))
    if fits { resolution.intent = topic }
  }

  /// "Is it worth it?" after the MEM: "it" is the degree, certification or specialization just
  /// discussed.
  func pointAtSubject(
    _ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution
  ) {
    // "how long?" right after the MEM is about it too, as is "when can I take the exam?" after
    // the PE license; "what about the pay in the first few years?" says enough to stand on its
    // own.
    let pointsAtThing =
      analysis.cues.has(.thing) || analysis.cues.has(.kindOfThing)
      || (isShort(analysis) && analysis.entities.isEmpty)
    // "Is the CAPM worth it?" after the PE licence: "it" is the credential named, though the
    // sources do not cover it.
    // "How long does it take to become a director?" after the PMP asks the way to the role
    // it names as a goal, whatever its "it".
    let asksTheWayToARole = does(resolution.intent, .usesMyGoal) && ProfileExtractor.namesAGoal(analysis)
    // "Great, that's all I needed. See ya" after the PMP says goodbye, whatever "that" and
    // "needed" might ask of it.
    let saysSmallTalk = does(resolution.intent, .smallTalk) && resolution.intent != .unknown
    guard let subject = state.subject, pointsAtThing, !saysSmallTalk, !itFollowsItsOwnSubject(analysis),
      analysis.unknownCredential == nil, !namesTheRole(analysis, state), !asksTheWayToARole,
      isNewerThanTheRole(subject, state), !choosesAmongChoices(analysis, state)
    else { return }
    // What "it" turns the question into, and the thing it adds. "How long does it take to
    // become a director?" is about the role, not the degree or specialization; "is it worth
    // getting for a project manager?" is still about the certification, but "what do they
    // earn after that, like director level?" asks about people in a role.
    let list = topics(about: subject)
    let allowsRoles =
      if case .certification = subject { !analysis.cues.has(.people) } else { false }
    guard allowsRoles || analysis.entities.roles.isEmpty,
      let intent = intent(resolution.intent, whenAbout: list)
        ?? continuedTopic(analysis, state, whenAbout: list)
    else { return }
    resolution.intent = intent
    resolution.entities.add(subject.entity)
  }

  /// Whether "it" points at `subject` rather than at the role under discussion: the subject
  /// was named later, or in the same message when that message was about the subject.
  ///
  /// "I have an MBA … could I become a CTO?" then "how long would that take?" asks the way to
  /// the CTO, the MBA only background; "is an MBA worth it for a project manager?" then "how
  /// long does it take?" asks about the MBA.
  private func isNewerThanTheRole(_ subject: ConversationState.Subject, _ state: ConversationState) -> Bool {
    guard !state.roles.isEmpty, state.subjectAge == state.rolesAge else {
      return state.roles.isEmpty || state.subjectAge < state.rolesAge
    }
    guard let topic = state.topic else { return true }
    return followsUp(topic, on: subject)
  }

  /// Whether `intent` is one that a follow-up about a thing like `subject` keeps: the
  /// `degree follow-up` or `certification follow-up` of its `context:` line.
  func followsUp(_ intent: IntentID, on subject: ConversationState.Subject) -> Bool {
    switch subject {
    case .degree: does(intent, .degreeFollowUp)
    case .certification: does(intent, .certificationFollowUp)
    case .specialization: true
    }
  }

  /// The intent files' list of what a question becomes when it is about `subject`: their
  /// `when it is a degree:` lines for a degree, and so on.
  func topics(about subject: ConversationState.Subject) -> (IntentDefinition) -> [IntentID] {
    switch subject {
    case .degree: { $0.forDegree }
    case .certification: { $0.forCertification }
    case .specialization: { $0.forSpecialization }
    }
  }

  /// Whether the question points at the role under discussion in so many words: "how long
  /// to get to that role?" after the PE license is about the role, whatever its "it".
  private func namesTheRole(_ analysis: Analysis, _ state: ConversationState) -> Bool {
    !state.roles.isEmpty
      && analysis.mentions.contains { mention, range in
        if case .reference = mention { return range.count > 1 }
        return false
      }
  }

  /// Whether the question's "it" (or "the program") comes after a degree or certification it
  /// names, and so points at that one: "is an MEM worth it?" after the PMP is about the MEM, as
  /// is "MEM in Canada, how long does the program take?" after the bachelor's, while "is it
  /// worth more than an MEM?" and "do I need it before the PE exam?" still point back.
  private func itFollowsItsOwnSubject(_ analysis: Analysis) -> Bool {
    guard let it = analysis.cues.position(of: .thing) ?? analysis.cues.position(of: .kindOfThing)
    else { return false }
    return analysis.mentions.contains { mention, range in
      switch mention {
      case .entity(.degree), .entity(.certification), .entity(.specialization): range.upperBound <= it
      default: false
      }
    }
  }

  /// "vs an MBA?" after the MEM, "how does it stack up against an MEM?" after the MBA: a
  /// question that measures one degree or certification against the one just discussed is
  /// about both.
  func weighAgainstSubject(
    _ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution
  ) {
    guard let subject = state.subject, weighs(analysis)
    else { return }
    let named = resolution.entities
    switch subject {
    case .degree(let degree):
      guard !named.degrees.isEmpty, !named.degrees.contains(degree) else { return }
      resolution.entities.add(.degree(degree))
    case .certification(let certification):
      guard !named.certifications.isEmpty, !named.certifications.contains(certification) else { return }
      resolution.entities.add(.certification(certification))
    case .specialization: return
    }
  }

  /// What the question asks of a degree or certification ("how long").
  ///
  /// The facets in its own words, or those of the question before when it is a follow-up on
  /// the same topic that names only another degree or certification ("and the PE?" after
  /// "how long does the PMP take?"). Not one that weighs the two ("and versus an MBA?"): the
  /// side-by-side answers that.
  func facets(_ analysis: Analysis, _ state: ConversationState, _ resolution: Resolution) -> [Cue] {
    let own = Self.facets.filter { analysis.cues.has($0) }
    let entities = analysis.entities
    let namesOnlyACredential =
      !(entities.degrees.isEmpty && entities.certifications.isEmpty) && entities.roles.isEmpty
      && analysis.references.isEmpty
    guard own.isEmpty, namesOnlyACredential, !weighs(analysis), analysis.cues.has(.followUp),
      analysis.words.count <= Self.followUpLength, state.topicAge == 0, resolution.intent == state.topic
    else { return own }
    return state.facets
  }

  /// The facets of the intent's topic file the question asks for in its words, or, when it only
  /// names or points at another role right after a question on the same topic, the facets
  /// that question asked: "and a director?" after "how many people does an EM manage?".
  func topicFacets(_ analysis: Analysis, _ state: ConversationState, _ resolution: Resolution) -> [String] {
    guard let topic = knowledge.topic(resolution.intent.rawValue) else { return [] }
    let own = topic.askedFacets(in: analysis.words)
    let entities = analysis.entities
    let namesRoleOnly =
      (!entities.roles.isEmpty || !analysis.references.isEmpty) && entities.degrees.isEmpty
      && entities.certifications.isEmpty && entities.specializations.isEmpty
    guard own.isEmpty, namesRoleOnly, isElliptical(analysis), analysis.words.count <= Self.followUpLength,
      state.topicAge == 0, resolution.intent == state.topic
    else { return own }
    return state.topicFacets
  }

  /// A question asking for a facet of the thing just discussed ("how long?") is about it
  /// unless it is at least this likely off-topic.
  static let facetOffTopicMaximum = 0.8
  /// The cues that ask for a facet of a degree or certification: "what does it stand for?",
  /// "how long?", however the words alone read.
  static let facets: [Cue] = [
    .asksWhatItIs, .asksHowLong, .asksWhatItTeaches, .asksWorth, .asksRequirements, .asksIfNeeded, .asksCost,
  ]

  /// Below this probability, the reading of a question that points at the degree or
  /// certification just discussed, and names no other, is too weak to trust.
  static let subjectWeakest = 0.5

  /// The topic under discussion, for a question about the thing just discussed whose own
  /// reading is weak: "is it useful for hardware folks?" after the PMP stays on certifications.
  private func continuedTopic(
    _ analysis: Analysis, _ state: ConversationState, whenAbout list: (IntentDefinition) -> [IntentID]
  ) -> IntentID? {
    let entities = analysis.entities
    // Not when it is all but certainly off-topic: "can you help me with my taxes this year?".
    let offTopic = analysis.classification.ranked.first { $0.intent == .unknown }?.probability ?? 0
    guard entities.roles.isEmpty, entities.degrees.isEmpty, entities.certifications.isEmpty,
      let topic = state.topic,
      (analysis.classification.ranked.first?.probability ?? 0) < Self.subjectWeakest
        || (Self.facets.contains(where: analysis.cues.has) && offTopic < Self.facetOffTopicMaximum)
    else { return nil }
    // "worth?" reads as off-topic, then as asking for help: asking what the thing is worth,
    // its best reading that means something of the thing is the one that counts.
    let readings = analysis.classification.ranked.map(\.intent).filter { $0 != .unknown }
    let ownReading = (analysis.cues.has(.asksWorth) ? readings : Array(readings.prefix(1)))
      .first { intent($0, whenAbout: list) != nil }.flatMap { intent($0, whenAbout: list) }
    return ownReading ?? intent(topic, whenAbout: list)
  }
}
