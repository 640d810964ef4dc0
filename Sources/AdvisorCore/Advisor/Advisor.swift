/// The advisor: understands a question in its conversation and composes the answer.
///
/// Pure: the same question from the same `ConversationState` always gives the same
/// reply, so transcripts replay byte for byte.
public struct Advisor {
  public let knowledge: KnowledgeBase
  /// The intent definitions: what questions can ask for.
  public let intents: IntentLibrary
  private let analyzer: QuestionAnalyzer
  private let resolver: ContextResolver
  let composer: AnswerComposer

  /// - Parameters:
  ///   - knowledge: the facts answers come from.
  ///   - intents: the intent definitions.
  ///   - lexicon: the names of entities, when already built (`EntityLexicon.embedded()`
  ///     for the standard knowledge base, which saves start-up time).
  ///
  /// A library read from files has no learned weights yet: they are learned here from its
  /// example questions, as `generate-embedded` learns the embedded ones.
  public init(knowledge: KnowledgeBase, intents: IntentLibrary, lexicon: EntityLexicon? = nil) {
    var intents = intents
    if intents.learned == nil, !intents.corpus.isEmpty {
      let reader = QuestionAnalyzer(knowledge: knowledge, intents: intents, lexicon: lexicon)
      intents = intents.with(learned: IntentTrainer.train(intents.corpus, analyzer: reader))
    }
    self.knowledge = knowledge
    self.intents = intents
    self.analyzer = QuestionAnalyzer(knowledge: knowledge, intents: intents, lexicon: lexicon)
    self.resolver = ContextResolver(knowledge: knowledge, intents: intents)
    self.composer = AnswerComposer(knowledge: knowledge, intents: intents)
  }

  /// What understanding alone makes of a question, without conversation (for `:why`
  /// style inspection and tests).
  public func analyze(_ question: String) -> Analysis {
    analyzer.analyzeMessage(question)
  }

  /// The `example:` lines of the intent files that the classifier no longer gives their own
  /// intent, as warnings naming the file: an edit to `Intents/` that moved an example shows.
  public func misclassifiedExamples() -> [String] {
    intents.definitions.flatMap { definition in
      definition.examples.compactMap { example in
        let intent = analyzer.analyze(example).classification.intent
        guard intent != definition.intent else { return nil }
        return
          "\(definition.file): example '\(example)' is now understood as \(intent.rawValue), not \(definition.intent.rawValue)"
      }
    }
  }

  /// Answers `question`, reading and updating the conversation's state.
  public func respond(to question: String, state: inout ConversationState) -> Reply {
    let analysis = analyzer.analyzeMessage(question, licensingDiscussed: state.discussesCertifications)
    let resolution = resolver.resolve(analysis, in: state)
    let note = update(&state.profile, with: resolution)
    // The conversation moves on before the answer is composed, which reads the request alone:
    // the resolution is then last used where it moves into the request. Remembered after
    // composing, it was copied for the request, each of its lists retained, and freed after.
    remember(resolution, in: &state)
    state.weighedSum = resolution.intent == .salary ? resolution.sum : nil
    // The analysis and the resolution move into the request, and it into the reply: composers
    // read them where they are, rather than from copies made and freed for each answer.
    let request = Request(resolution: consume resolution, analysis: consume analysis, profile: state.profile)
    var answer = composer.answer(request)
    if let note { answer.blocks.append(note) }
    state.listedRoles = answer.listedRoles
    return Reply(input: question, answer: answer, request: request, knowledge: knowledge)
  }

  /// Adds what the question stated to `profile`, returning the line that acknowledges it.
  ///
  /// Nil when the profile did not change. Most questions state nothing, and then leave the
  /// profile alone.
  private func update(_ profile: inout Profile, with resolution: Resolution) -> Answer.Block? {
    guard !resolution.profileUpdate.isEmpty else { return nil }
    let before = profile
    profile.merge(resolution.profileUpdate)
    return acknowledgement(from: before, to: profile, intent: resolution.intent)
  }

  /// The degrees or certifications now weighed against each other: those named together, or
  /// the one named with the one just before it, when both are of a kind ("CSM?", "Six Sigma?").
  private func rememberChoices(_ entities: Entities, in state: inout ConversationState) {
    guard !(entities.degrees.isEmpty && entities.certifications.isEmpty) else { return }
    let named =
      entities.degrees.map(ConversationState.Subject.degree)
      + entities.certifications.map(ConversationState.Subject.certification)
    guard let last = named.last else { return }
    if named.count == 1, let previous = state.subject, previous != last, previous.isOfTheKind(of: last),
      state.subjectAge <= 1
    {
      state.choices = [previous, last]
    } else {
      state.choices = named
    }
  }

  /// Moves the conversation on: what this turn used is fresh, the rest ages.
  private func remember(_ resolution: Resolution, in state: inout ConversationState) {
    state.turnCount += 1
    state.age()
    state.facets = resolution.facets
    state.topicFacets = resolution.topicFacets
    if let asked = resolution.declinedTopic {
      // "What about directors?" after "how much do dentists make?" asks their pay.
      state.topic = asked
      state.topicAge = 0
    }
    if let title = resolution.unknownTitle {
      // "How much do they make?" after "what does a site engineer do?" is about site engineers.
      state.unknownTitle = title
      state.roles = []
      state.rolesAge = 0
    }
    // "What do you know about directors?" read as a request for help still names whom "they"
    // will point at; a declined question names no one to go on about.
    let roles = resolution.entities.roles
    if !roles.isEmpty, resolution.intent != .unknown {
      state.roles = roles
      state.rolesAge = 0
      state.unknownTitle = nil
      if roles.count >= 2 { state.pair = Array(roles.prefix(2)) }
      // The last four named, each once where it was named last: at first the roles' own list,
      // after that kept in place rather than rebuilt.
      if state.discussed.isEmpty {
        state.discussed = roles
      } else {
        state.discussed.removeAll { roles.contains($0) }
        state.discussed.append(contentsOf: roles)
      }
      if state.discussed.count > 4 { state.discussed.removeFirst(state.discussed.count - 4) }
    }
    guard !resolver.does(resolution.intent, .smallTalk) else { return }
    if resolution.intent != .profile {
      state.topic = resolution.intent
      state.topicAge = 0
    }
    if !resolution.entities.industries.isEmpty {
      state.industries = resolution.entities.industries
      state.industriesAge = 0
    }
    rememberChoices(resolution.entities, in: &state)
    if let degree = resolution.entities.degrees.last {
      state.subject = .degree(degree)
      state.subjectAge = 0
    } else if let certification = resolution.entities.certifications.last {
      state.subject = .certification(certification)
      state.subjectAge = 0
    } else if let specialization = resolution.entities.specializations.last {
      state.subject = .specialization(specialization)
      state.subjectAge = 0
    }
  }
}
