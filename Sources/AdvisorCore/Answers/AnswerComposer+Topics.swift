/// Answers for intents whose knowledge is a topic file (the technical track, work and
/// life): the facets the question asks for, in a few lines, and nothing else.
extension AnswerComposer {
  /// At most this many statements for one facet, and two each for several, so an answer
  /// stays a few lines long.
  static let statementsPerFacet = 3

  /// The answer from `topic`: each facet the question names, or the topic's default
  /// facets when it names none; a facet the sources are silent on is said so, with the
  /// closest facet they do cover.
  func topicAnswer(_ topic: Topic, _ request: Request, within allowed: [String]? = nil) -> Answer {
    // The question's own topic may carry its facets from the question before.
    let ownTopic = topic.id == request.intent.rawValue
    let asked = (ownTopic ? request.resolution.topicFacets : topic.askedFacets(in: request.analysis.words))
      .filter { allowed?.contains($0) ?? true }
    let roles = request.roles
    var answer = Answer()
    // A topic whose statements differ by role names the roles it answered for: "Work and
    // life: staff engineer and engineering manager".
    let byRole = topic.facts.contains { !$0.roles.isEmpty }
    let named = Phrasing.list(roles.map(phrasing.name), conjunction: "and")
    answer.heading(byRole && !roles.isEmpty ? "\(topic.title): \(named)" : topic.title)
    let facets = asked.isEmpty ? topic.defaultFacets : asked
    let limit = facets.count == 1 ? Self.statementsPerFacet : 2
    for facet in facets {
      let facts = topic.facts(facet, for: roles)
      guard !facts.isEmpty else {
        let about =
          roles.isEmpty ? "" : " for " + Phrasing.list(roles.map(phrasing.plural), conjunction: "or")
        answer.text(notInSources("anything about \(facet)\(about)"))
        if let closest = topic.defaultFacets.lazy.compactMap({ topic.facts($0, for: roles).first }).first {
          answer.text("The closest I know: " + statement(closest.statement))
        }
        continue
      }
      answer.bullets(facts.prefix(limit)) { statement($0.statement) }
    }
    return answer
  }

  /// The answer from another intent's topic that lends this intent a facet the question names.
  ///
  /// A topic's `also answers` line lends it: "how do I know I'm ready to manage?" asked as
  /// becoming one. Nil when no topic does, or when the question names a role and the topic
  /// says the same of every role: the role's own answer is then the more specific one. A
  /// topic whose statements differ by role answers for the roles named ("VP vs director,
  /// what are the hours like?"), and a role carried from the conversation does not count:
  /// "is there any way to make it faster?" after how long it takes asks what speeds it up.
  /// The facet must be asked in the message's last sentence: background that mentions a
  /// schedule does not turn "how is that different from a project manager?" into hours.
  ///
  /// Every answer asks this first, of the few lendings the knowledge base lists: most questions
  /// reach none.
  func lentTopicAnswer(_ request: Request) -> Answer? {
    let topics = knowledge.topics
    // Read only here, once: most questions lent a facet do not ask it.
    var asking: [String]?
    for lending in knowledge.lendings where lending.intent == request.intent {
      let topic = topics[lending.topic]
      guard request.analysis.entities.roles.isEmpty || topic.facts.contains(where: { !$0.roles.isEmpty })
      else { continue }
      let words = asking ?? askingWords(request)
      asking = words
      guard topic.asksAny(of: lending.facets, inSingular: words) else { continue }
      return topicAnswer(topic, request, within: lending.facets)
    }
    return nil
  }

  /// The words of the message's last sentence in singular form, as facets are compared with them.
  private func askingWords(_ request: Request) -> [String] {
    let asking = QuestionAnalyzer.sentences(of: request.analysis.question).last.map {
      Tokenizer.words(in: $0.lowercased())
    }
    return (asking ?? request.analysis.words).map(Inflection.singular)
  }
}

extension Topic {
  /// The facets whose words `words` use, in the topic's order.
  func askedFacets(in words: [String]) -> [String] {
    let singular = words.map(Inflection.singular)
    var asked: [Int] = []
    phrases.search(facets, inSingular: singular, keys: singular.map(TextKey.init)) { place in
      if !asked.contains(place.facet) { asked.append(place.facet) }
      return false
    }
    return asked.sorted().map { facets[$0].name }
  }

  /// Whether `singular`, words already in singular form, use the words of one of the facets
  /// `named`: only their phrases are searched for.
  func asksAny(of named: [String], inSingular singular: [String]) -> Bool {
    phrases.search(facets, inSingular: singular, keys: singular.map(TextKey.init)) { place in
      named.contains(facets[place.facet].name)
    }
  }
}
