/// Applies the conversation to an analyzed question: carries roles, topics and subjects into
/// follow-ups, resolves references, and uses the profile for questions about "me".
///
/// Which intents do what is data: the `context:` and `when it is a …:` lines of the intent
/// files (`ContextUse`).
struct ContextResolver {
  let knowledge: KnowledgeBase
  /// The intent files, which say what a question becomes when its "it" is the degree, or the
  /// certification, just discussed: searched in place, as that is seldom asked.
  private let definitions: [IntentDefinition]
  /// The intent files' `context:` lines, asked of every question many times.
  private let intents: IntentLibrary

  init(knowledge: KnowledgeBase, intents: IntentLibrary) {
    self.knowledge = knowledge
    self.definitions = intents.definitions
    self.intents = intents
  }

  /// The uses of the conversation `intent`'s file lists, for asking several of them at once.
  func uses(of intent: IntentID) -> [ContextUse] {
    intents.uses(of: intent)
  }

  /// Whether `intent` uses the conversation in this way.
  func does(_ intent: IntentID, _ use: ContextUse) -> Bool {
    uses(of: intent).contains(use)
  }

  /// The intent `intent` becomes when its "it" is the degree (`list` reads `forDegree`) or
  /// the certification (`forCertification`) just discussed; the last file that says so counts.
  func intent(
    _ intent: IntentID, whenAbout list: (IntentDefinition) -> [IntentID]
  ) -> IntentID? {
    definitions.last { list($0).contains(intent) }?.intent
  }

  /// Whether a question about "me" answers an intent with these `uses` with a role of the
  /// profile.
  static func usesProfile(_ uses: [ContextUse]) -> Bool {
    uses.contains(.usesMyRole) || uses.contains(.usesMyGoal) || uses.contains(.advisesMe)
  }

  /// Resolves `analysis` against `state`.
  func resolve(_ analysis: Analysis, in state: ConversationState) -> Resolution {
    let classification = analysis.classification
    let statesOnly = statesWithoutAsking(analysis)
    var resolution = Resolution(
      intent: statesOnly ? .profile : classification.intent, confidence: classification.confidence,
      entities: analysis.entities, assumptions: [], alternatives: [],
      profileUpdate: ProfileExtractor.profile(from: analysis, readAsProfile: statesOnly))
    if !statesOnly, analysis.cues.has(.newTopic) {
      // "Another topic: is it too late to learn the cello?" changes the subject: "it" is not
      // the degree just discussed. What the user said of themselves still holds.
      place(analysis, ConversationState(profile: state.profile), &resolution)
    } else if !statesOnly {
      place(analysis, state, &resolution)
    }
    return resolution
  }

  /// Places a question that asks something in its conversation: declines it when the advisor
  /// cannot read it, or carries the topic, roles, subject and settings under discussion into it.
  private func place(_ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution) {
    // A question the advisor cannot read is declined, whatever its words happened to score.
    if analysis.isInAnotherLanguage || asksAboutOtherWork(analysis) || asksAboutOtherOccupation(analysis) {
      resolution.intent = .unknown
      resolution.entities.roles = []
      resolution.unknownTitle = analysis.isInAnotherLanguage ? nil : analysis.unknownTitle
      return
    }
    dropBareTitles(analysis, &resolution)
    dropCountedTitles(analysis, &resolution)
    carryTopic(analysis, state, &resolution)
    placeQuestionAboutRole(analysis, state, &resolution)
    placeTerseFollowUp(analysis, state, &resolution)
    chooseBetweenRoles(analysis, state, &resolution)
    pickVariant(analysis, state, &resolution)
    pointAtSubject(analysis, state, &resolution)
    weighAgainstSubject(analysis, state, &resolution)
    weighSumAgain(analysis, state, &resolution)
    carryRoles(analysis, state, &resolution)
    resolution.asksWhoReports = resolution.intent == .reportsTo && asksWhoReports(analysis)
    contrastDuties(analysis, &resolution)
    carryIndustries(analysis, state, &resolution)
    weighIndustries(analysis, state, &resolution)
    carryChoices(analysis, state, &resolution)
    // After the topic is carried: "…and an EIT, what next?" asks for advice even right after
    // a question on certifications.
    passOverBackground(analysis, &resolution)
    readUnknownCredential(analysis, &resolution)
    settle(analysis, state, &resolution)
  }

  /// What the placed question comes to: the readings to offer when it is unsure, what a
  /// declined one names, the facets it asks and the sum it weighs.
  private func settle(_ analysis: Analysis, _ state: ConversationState, _ resolution: inout Resolution) {
    let classification = analysis.classification
    if resolution.intent == classification.intent, classification.isUnsure {
      resolution.alternatives = classification.ranked.prefix(3).map(\.intent)
      resolution.intent = .unknown
    }
    if resolution.intent == .unknown, let asked = topicOfDeclined(analysis) {
      resolution.declinedTopic = asked
    }
    resolution.unknownTitle = unknownTitle(analysis, state, resolution)
    // A declined question is about none of the roles: "who's the manager of Manchester
    // United?" names a manager the advisor has nothing to say of. One it offers readings of
    // keeps them, to ask what was meant about them.
    if resolution.intent == .unknown, resolution.alternatives.isEmpty { resolution.entities.roles = [] }
    resolution.facets = facets(analysis, state, resolution.intent)
    resolution.topicFacets = topicFacets(analysis, state, resolution.intent)
    // Only an answer on pay weighs a sum ("I make 150k as an EM, is that good?"), so only then
    // is one looked for.
    if resolution.intent == .salary, resolution.sum == nil {
      resolution.sum = Money.inQuestion(analysis.words)
    }
  }

  /// The title no role has that the answer is about: the one a declined question names (unless
  /// the advisor offers readings to choose from), or the one a question about a role points
  /// at with "they" when no role is named or carried.
  private func unknownTitle(_ analysis: Analysis, _ state: ConversationState, _ resolution: Resolution)
    -> String?
  {
    if resolution.intent == .unknown {
      let offersReadings = resolution.alternatives.contains { !does($0, .smallTalk) }
      return offersReadings ? nil : analysis.unknownTitle
    }
    let pointsBack = resolution.entities.roles.isEmpty && !analysis.references.isEmpty
    return pointsBack && does(resolution.intent, .role) ? state.unknownTitle : nil
  }

  /// Whether the message tells the advisor about the user and asks nothing: "I run a team of
  /// engineers at a medical device company", "been an EM for 3 years, kinda burnt out".
  ///
  /// Its words may be about pay or hours, but with no question mark, no asking word and no
  /// inverted opening, it is a statement of facts the profile can hold, so it is one. Small
  /// talk stays small talk ("thanks, I'm a PM"), except a greeting before the facts ("hi!
  /// I'm a junior studying industrial engineering").
  private func statesWithoutAsking(_ analysis: Analysis) -> Bool {
    let cues = analysis.cues
    let states = cues.has(.statement) || cues.years != nil
    let entities = analysis.entities
    let holdable =
      cues.years != nil || !entities.roles.isEmpty || !entities.disciplines.isEmpty
      || !entities.industries.isEmpty || !entities.degrees.isEmpty || !entities.certifications.isEmpty
      || cues.has(.studying)
    // A part read on its own asks ("… I'm open to any advice on where to start."), even past
    // the words the whole is read to.
    guard
      states && holdable && !analysis.input.isQuestion && !cues.has(.asking)
        && analysis.askedQuestion == nil && !cues.has(.inversion, at: 0)
    else { return false }
    // "Bye", "thanks" win over a statement only when their own words are there.
    let intent = analysis.classification.intent
    let isSmallTalk = intent != .unknown && intent != .greeting && does(intent, .smallTalk)
    return !isSmallTalk || analysis.classification.topicScore <= 0
  }

  /// "How many managers does a director have?": a bare title that is counted names the people
  /// under the role asked about, not a second role.
  private func dropCountedTitles(_ analysis: Analysis, _ resolution: inout Resolution) {
    let counted = analysis.mentions.compactMap { mention, range -> RoleID? in
      guard case .entity(.role(let id)) = mention, range.count == 1,
        analysis.cues.has(.bareTitle, at: range.lowerBound),
        analysis.cues.has(.counting, before: range.lowerBound, within: 2)
      else { return nil }
      return id
    }
    guard !counted.isEmpty, resolution.entities.roles.contains(where: { !counted.contains($0) }) else {
      return
    }
    resolution.entities.roles.removeAll { counted.contains($0) }
  }

  /// Leaves out the roles named only by a bare title ("a manager"), which name a track for
  /// intents whose titles are tracks, and the goal such a title would set.
  private func dropBareTitles(_ analysis: Analysis, _ resolution: inout Resolution) {
    // Most questions have no bare title, and most intents' titles are no tracks: then there is
    // nothing to gather.
    guard analysis.cues.has(.bareTitle), does(analysis.classification.intent, .titlesAreTracks) else {
      return
    }
    var bare: [RoleID] = []
    var named: [RoleID] = []
    for (mention, range) in analysis.mentions {
      guard case .entity(.role(let id)) = mention else { continue }
      if range.count == 1, analysis.cues.has(.bareTitle, at: range.lowerBound) {
        bare.append(id)
      } else {
        named.append(id)
      }
    }
    let tracks = bare.filter { !named.contains($0) }
    guard !tracks.isEmpty else { return }
    resolution.entities.roles.removeAll { tracks.contains($0) }
    // Nor is "become a manager" here a goal to note in the profile.
    if let goal = resolution.profileUpdate.targetRole, tracks.contains(goal) {
      resolution.profileUpdate.targetRole = nil
    }
  }

  /// A bare follow-up: "and a VP?", "what about skills?", "salary?".
  func isElliptical(_ analysis: Analysis) -> Bool {
    analysis.cues.has(.followUp) || isShort(analysis)
  }

  /// Whether the question sets one thing against another: "vs an MBA?", "how is it
  /// different from the MEM?".
  func weighs(_ analysis: Analysis) -> Bool {
    analysis.cues.has(.comparison) || analysis.cues.has(.contrast)
  }

  /// Three words or fewer: "how long", "salary?".
  func isShort(_ analysis: Analysis) -> Bool {
    (1...3).contains(analysis.words.count)
  }

  var phrasing: Phrasing { Phrasing(knowledge: knowledge) }

  func titles(_ roles: [RoleID]) -> String {
    phrasing.names(roles)
  }
}
