/// Small talk, help, the fallback, and answers shaped by the user's profile.
extension AnswerComposer {
  func greeting() -> Answer {
    Answer([
      .text(
        "Hello! Ask me about the engineering-management career path: roles, pay, skills, education, certifications and the ladder. Type :help for examples."
      )
    ])
  }

  func help() -> Answer {
    var answer = Answer([
      .text(
        "I answer questions about the engineering-management career path, from sourced facts. You can ask about:"
      )
    ])
    answer.bullets(
      intents.topics.compactMap { intents.definition($0)?.summary })
    answer.text(
      "For example: \"what does an engineering director do?\", \"how much does an EM make?\", \"I'm a civil engineer with 4 years of experience, what next?\""
    )
    return answer
  }

  func unknown(_ request: Request) -> Answer {
    if request.analysis.isInAnotherLanguage {
      return Answer([
        .text(
          "I can only read questions in English, about the engineering-management career path: try \"what does an engineering manager do?\" or type :help."
        )
      ])
    }
    let offered = request.resolution.alternatives.filter { !intents.isSmallTalk($0) }
    guard !offered.isEmpty else {
      return Answer([
        .text(
          "I can only answer questions about the engineering-management career path, and I did not understand that one. Try \"what does an engineering manager do?\" or type :help."
        )
      ])
    }
    let about =
      request.roles.isEmpty
      ? "" : " about the \(Phrasing.list(request.roles.map(phrasing.name), conjunction: "and"))"
    var answer = Answer([.text("I'm not sure what you're asking\(about). Did you mean one of these?")])
    answer.bullets(
      offered.prefix(3).compactMap { intent in
        intents.definitions.first { $0.intent == intent }.map { $0.summary }
      })
    return answer
  }

  /// A question about a title none of the roles has ("a plant manager"), declined or pointing
  /// back at one: says so, and names the one role whose title shares its first word, if
  /// exactly one does.
  func unknownTitle(_ title: String) -> Answer {
    var answer = Answer([
      .text(
        "I have no facts about the \(title) role: I cover the roles of the engineering-management career path. Type :ladder to see them."
      )
    ])
    let qualifier = title.split(separator: " ").first.map(String.init) ?? title
    let sharing = knowledge.roles.filter {
      $0.title.lowercased().split(separator: " ").contains { $0 == qualifier }
    }
    if sharing.count == 1 { answer.text("The nearest I know: \(phrasing.withArticle(sharing[0].id)).") }
    return answer
  }

  func profileAcknowledgement(_ request: Request) -> Answer {
    let update = request.resolution.profileUpdate
    guard !update.isEmpty else {
      return Answer([
        .text(
          "Tell me your role, years of experience, discipline, industry, degrees or certifications, and I'll tailor my advice."
        )
      ])
    }
    var answer = Answer([.text("Noted: " + describe(update) + ".")])
    answer.text("Ask \"what should I do next?\" for advice that fits.")
    return answer
  }

  /// "you're a project engineer, with 3 years of experience, in aerospace".
  func describe(_ profile: Profile) -> String {
    var parts: [String] = []
    if profile.isStudying { parts.append("you're studying") }
    if let role = profile.role { parts.append(String(concatenating: "you're ", phrasing.withArticle(role))) }
    if let discipline = profile.discipline.flatMap(knowledge.discipline) {
      parts.append(String(concatenating: "your discipline is ", discipline.name.lowercased()))
    }
    if let years = profile.years {
      parts.append("you have \(years) year\(years == 1 ? "" : "s") of experience")
    }
    if let industry = profile.industry.flatMap(knowledge.industry) {
      parts.append(String(concatenating: "you work in ", industry.name.lowercased()))
    }
    let held =
      profile.degrees.compactMap(phrasing.degree)
      + profile.certifications.compactMap(phrasing.certification)
    if !held.isEmpty {
      parts.append(String(concatenating: "you hold ", Phrasing.list(held, conjunction: "and")))
    }
    if let target = profile.targetRole {
      parts.append(String(concatenating: "you want to become ", phrasing.withArticle(target)))
    }
    return Phrasing.list(parts, conjunction: "and")
  }

  func advice(_ request: Request) -> Answer {
    let profile = request.profile
    guard !profile.isEmpty else { return adviceWithoutProfile(request) }
    var answer = Answer([.text("From what you told me (\(describe(profile))):")])
    // A student who names a role or years of work is advised from there.
    if profile.isStudying, profile.role == nil, profile.years == nil {
      answer.append(studentAdvice(request))
      return answer
    }
    let role = profile.role ?? startingRole(for: profile)
    if profile.role == nil, let start = role {
      answer.blocks.insert(
        .note("You named no role, so I start from the ladder's first rung, \(phrasing.name(start))."), at: 0)
    }
    if let id = role, let current = knowledge.role(id) {
      if let steps = current.nextSteps.sourced, !steps.value.isEmpty {
        answer.text(
          cited(
            String(
              concatenating: "Next rungs from ", phrasing.withArticle(id), ": ",
              Phrasing.list(ladderOrder(steps.value).map(phrasing.withArticle)), "."),
            citing: steps.source))
      }
      if let timing = timing(for: profile, from: current, goal: goal(of: request)) { answer.text(timing) }
      for note in goal(of: request).flatMap(knowledge.role)?.notes ?? [] { answer.text(statement(note)) }
    }
    answer.append(credentialsAdvice(profile, role: role))
    return answer
  }

  /// Advice before the user has said anything about themselves: towards the one role the
  /// conversation is about, what the sources say it takes ("how do I become an EM?" then
  /// "what should I do?"), with the invitation to say more; otherwise the invitation alone.
  private func adviceWithoutProfile(_ request: Request) -> Answer {
    let example = "(for example \"I'm a project engineer with 3 years of experience\")"
    guard request.roles.count == 1 else {
      return Answer([.text("Tell me about yourself first \(example) and I'll suggest next steps.")])
    }
    var answer = Answer([.text("Until you tell me about yourself \(example), here is the general way:")])
    answer.append(become(request))
    return answer
  }

  /// The role the user aims for: the one they said, else one the conversation was about
  /// ("how do I become an EM?" then "what should I do first?").
  private func goal(of request: Request) -> RoleID? {
    request.profile.targetRole ?? request.roles.first { $0 != request.profile.role }
  }

  /// How the user's years compare with the time the sources give for the next step
  /// (or for their goal), in the sources' own words.
  private func timing(for profile: Profile, from current: Role, goal: RoleID?) -> Cited? {
    let target = goal.flatMap(knowledge.role)
    guard let time = target?.experience.sourced ?? nextTime(after: current) else { return nil }
    let goal = target.map { "to become \(phrasing.withArticle($0.id))" } ?? "for the next stage"
    guard let span = YearsOfExperience(time.value, cues: intents.cues) else {
      return "Experience " + goal + ": " + cited(time)
    }
    var text = "Typical time " + goal + ": " + cited(time)
    if let years = profile.years {
      let plural = years == 1 ? "" : "s"
      switch span.compare(years) {
      case -1: text.text += " With \(years) year\(plural) so far, you are still building toward that."
      case 0: text.text += " With \(years) year\(plural), you are within that span."
      default:
        text.text +=
          " With \(years) year\(plural), you are past it: the next step is about readiness, not time."
      }
    }
    return text
  }

  /// Advice for someone still studying: where the ladder starts, what to do before it.
  ///
  /// Then how long it takes to reach the role they aim for. Certifications that ask for
  /// years of project work (the PMP's 36 months) are not offered yet.
  private func studentAdvice(_ request: Request) -> Answer {
    var answer = Answer()
    if let entry = knowledge.ladder.first {
      answer.text("The ladder starts at the " + entry.name.lowercased() + ": " + cited(entry.summary))
    }
    answer.bullets(knowledge.studentNotes) { cited($0) }
    if let goal = goal(of: request).flatMap(knowledge.role), let time = goal.experience.sourced {
      answer.text("To become " + phrasing.withArticle(goal.id) + " later: " + cited(time))
    }
    return answer
  }

  /// Someone who gave only a discipline starts at the ladder's first rung.
  private func startingRole(for profile: Profile) -> RoleID? {
    profile.discipline == nil && profile.years == nil ? nil : knowledge.progression.value.first
  }

  private func nextTime(after role: Role) -> Sourced<String>? {
    guard let index = knowledge.ladder.firstIndex(where: { $0.roles.contains(role.id) }),
      knowledge.ladder.indices.contains(index + 1)
    else { return nil }
    return knowledge.ladder[index + 1].typicalTime.sourced
  }

  /// Education and certifications that would help, and which the user already has:
  /// at most two suggestions of each kind, so advice stays short.
  private func credentialsAdvice(_ profile: Profile, role: RoleID?) -> Answer {
    var answer = Answer()
    let helpful =
      role.flatMap { knowledge.role($0)?.certifications.sourced?.value }
      ?? knowledge.certifications.max { $0.helps.count < $1.helps.count }.map { [$0.id] } ?? []
    let held =
      profile.certifications.compactMap(phrasing.certification)
      + profile.degrees.compactMap(phrasing.degree)
    if !held.isEmpty { answer.text("You already hold \(Phrasing.list(held, conjunction: "and")).") }
    // Not one held, nor one earned on the way to one held (the EIT of a PE license).
    let passed = profile.certifications.flatMap { knowledge.certification($0)?.includes ?? [] }
    let toOffer = helpful.filter { !profile.certifications.contains($0) && !passed.contains($0) }
    var suggestions = toOffer.prefix(2).compactMap { id in
      knowledge.certification(id).map { "Consider " + $0.name + ": " + cited($0.summary) }
    }
    let holdsMaster = profile.degrees.contains { knowledge.degree($0)?.level == .master }
    if !holdsMaster, let master = knowledge.degrees.first(where: { $0.level == .master }) {
      suggestions.append("Consider \(master.name): " + cited(master.summary))
    }
    answer.bullets(suggestions)
    return answer
  }
}
