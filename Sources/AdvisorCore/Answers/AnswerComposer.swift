/// Composes the answer to a resolved question from the knowledge base.
///
/// One composer per intent, each specific to the roles or things asked about. Every
/// figure comes from the knowledge base with its source; where the sources say nothing
/// the answer says so and offers the closest thing it knows.
struct AnswerComposer {
  let knowledge: KnowledgeBase
  let intents: IntentLibrary

  /// The answer to `request`.
  func answer(_ request: Request) -> Answer {
    // The body's blocks stay where they are: the notes on how the question was read go before them.
    var answer = body(for: request)
    let assumptions = request.resolution.assumptions
    if !assumptions.isEmpty {
      answer.blocks.insert(contentsOf: assumptions.map { .note($0) }, at: 0)
    }
    if let setting = unansweredSetting(request) { answer.text(setting) }
    if let place = unansweredPlace(request) { answer.text(place) }
    if request.analysis.wasTruncated {
      let half = QuestionAnalyzer.maximumWords / 2
      answer.blocks.append(.note("I read only the first \(half) and the last \(half) words."))
    }
    answer.gatherCitations(from: knowledge.sources)
    return answer
  }

  /// The intents whose answers give facts per industry; any other answer holds across them.
  private static let answersPerIndustry: Set<IntentID> = [.salary, .industries]

  /// Says the answer is the general one when the question is set in an industry it cannot speak to.
  ///
  /// "How long would it take to become a director?" then "what about in aerospace?". Not for
  /// the user's own industry, stated as background ("I'm in automotive, what next?").
  private func unansweredSetting(_ request: Request) -> String? {
    let industries = request.entities.industries.filter { $0 != request.resolution.profileUpdate.industry }
    guard !industries.isEmpty, !Self.answersPerIndustry.contains(request.intent), request.intent != .unknown,
      request.intent != .profile, !intents.isSmallTalk(request.intent)
    else { return nil }
    let names = industries.compactMap { knowledge.industry($0)?.name.lowercased() }
    let settings = Phrasing.list(names, conjunction: "or")
    return notInSources("how this differs in \(settings): this is the general answer")
  }

  /// The intents whose answers give national figures.
  private static let answersInFigures: Set<IntentID> = [.salary, .outlook]

  /// Says the figures are national ones when the question is set in a place ("how much do
  /// PMs make in Texas?", "and in the UK?"): the sources give none for a state or a country.
  private func unansweredPlace(_ request: Request) -> String? {
    guard request.analysis.cues.has(.location), Self.answersInFigures.contains(request.intent) else {
      return nil
    }
    return noSourceGives(
      "figures for a state, a city or another country: these are for the United States as a whole")
  }

  private func body(for request: Request) -> Answer {
    // A title no role has, named or pointed back at ("how much do they make?"): no facts.
    if let title = request.resolution.unknownTitle { return unknownTitle(title) }
    if let needed = neededAnswer(request) { return needed }
    if let costs = costAnswer(request) { return costs }
    // A topic file can add facets to an intent that has a composer: they answer only
    // when the question names them ("will AI replace engineering managers?").
    if !request.resolution.topicFacets.isEmpty, let topic = knowledge.topic(request.intent.rawValue) {
      return topicAnswer(topic, request)
    }
    if let lent = lentTopicAnswer(request) { return lent }
    return switch request.intent {
    case .greeting: greeting()
    case .help: help()
    case .unknown: unknown(request)
    case .roleOverview: roleOverview(request)
    case .reportsTo: request.resolution.asksWhoReports ? whoReports(request) : reportsTo(request)
    case .salary: salary(request)
    case .skills: skills(request)
    case .education: education(request)
    case .degreeValue: degreeValue(request)
    case .certifications: certifications(request)
    case .careerPath: careerPath(to: request.roles)
    case .nextStep: nextStep(request)
    case .become: become(request)
    case .timeline: timeline(request)
    case .compare: compare(request)
    case .specializations: specializations(request)
    case .industries: industries(request)
    case .outlook: outlook(request)
    case .profile: profileAcknowledgement(request)
    case .advice: advice(request)
    default:
      knowledge.topic(request.intent.rawValue).map { topicAnswer($0, request) } ?? replies(request.intent)
    }
  }
}

extension AnswerComposer {
  /// The answer an intent's file gives in its `reply:` lines, for intents no composer of
  /// the engine answers (a class adds a topic with a file alone).
  func replies(_ intent: IntentID) -> Answer {
    let lines = intents.definition(intent)?.replies ?? []
    guard !lines.isEmpty else {
      return Answer([.text(notInSources("anything about that (its intent file has no reply: lines)"))])
    }
    var answer = Answer()
    for reply in lines { answer.text(Cited(reply.text, citing: reply.source.map(cite) ?? Citations())) }
    // A source the knowledge base does not hold (a class's own notes) has no place in the
    // registry to cite: the "Sources:" line names it as the file writes it.
    let unlisted = lines.compactMap(\.source).filter { knowledge.position(of: $0) == nil }
    if !unlisted.isEmpty { answer.blocks.append(.sources(unlisted.map(\.rawValue).eachOnce())) }
    return answer
  }
}

/// What a composer needs to know about the question.
///
/// Made once for each question from what understanding and the conversation made of it, which
/// it holds rather than copies, and kept by the `Reply`.
struct Request: Sendable {
  let resolution: Resolution
  let analysis: Analysis
  let profile: Profile

  var intent: IntentID { resolution.intent }
  var entities: Entities { resolution.entities }
  var roles: [RoleID] { resolution.entities.roles }

  /// Whether the question asks for `facet` ("how long"), in its words or as the follow-up
  /// of one that did.
  func asks(_ facet: Cue) -> Bool {
    resolution.facets.contains(facet) || analysis.cues.has(facet)
  }
}
