/// Placing a question that points at the thing just discussed ("is it worth it?" after the
/// MEM): the degree, certification or specialization, and what a question about it becomes.
extension ContextResolver {
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
    guard let subject = state.subject, pointsAtThing else { return }
    let uses = self.uses(of: resolution.intent)
    // "Is the CAPM worth it?" after the PE licence: "it" is the credential named, though the
    // sources do not cover it.
    // "How long does it take to become a director?" after the PMP asks the way to the role
    // it names as a goal, whatever its "it".
    let asksTheWayToARole = uses.contains(.usesMyGoal) && ProfileExtractor.namesAGoal(analysis)
    // "Great, that's all I needed. See ya" after the PMP says goodbye, whatever "that" and
    // "needed" might ask of it.
    let saysSmallTalk = uses.contains(.smallTalk) && resolution.intent != .unknown
    guard !saysSmallTalk, !itFollowsItsOwnSubject(analysis), analysis.unknownCredential == nil,
      !namesTheRole(analysis, state), !asksTheWayToARole, isNewerThanTheRole(subject, state),
      !choosesAmongChoices(analysis, state)
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
    // its best reading that means something of the thing is the one that counts. So with
    // "what do you learn in one?", asking what it teaches.
    let readings = analysis.classification.ranked.map(\.intent).filter { $0 != .unknown }
    let asksAFacet = analysis.cues.has(.asksWorth) || analysis.cues.has(.asksWhatItTeaches)
    let ownReading = (asksAFacet ? readings : Array(readings.prefix(1)))
      .first { intent($0, whenAbout: list) != nil }.flatMap { intent($0, whenAbout: list) }
    return ownReading ?? intent(topic, whenAbout: list)
  }
}
