/// Answers about what roles are, whom they report to, and where they lead.
extension AnswerComposer {
  func roleOverview(_ request: Request) -> Answer {
    guard !request.roles.isEmpty else {
      return request.analysis.cues.has(.theField) ? fieldOverview() : askForRole("what a role does")
    }
    var answer = Answer()
    for id in request.roles.prefix(3) {
      guard let role = knowledge.role(id) else { continue }
      answer.heading(role.title + stageLabel(role))
      answer.text(cited(role.summary))
      for note in role.notes { answer.text(statement(note)) }
      answer.bullets(role.duties) { cited($0) }
    }
    return answer
  }

  /// What engineering management is, and the ladder it climbs: for "what is engineering
  /// management?", which names the field rather than a role.
  func fieldOverview() -> Answer {
    var answer = Answer()
    answer.heading("Engineering management")
    for definition in knowledge.fieldDefinition { answer.text(cited(definition)) }
    answer.text(progression())
    return answer
  }

  func reportsTo(_ request: Request) -> Answer {
    guard !request.roles.isEmpty else { return askForRole("whom a role reports to") }
    var answer = Answer()
    for id in request.roles.prefix(3) {
      guard let role = knowledge.role(id) else { continue }
      if let superiors = role.reportsTo.sourced {
        let names = superiors.value.map { superiorName($0) }
        answer.listedRoles += superiors.value.compactMap { if case .role(let id) = $0 { id } else { nil } }
        answer.text(
          cited(
            String(
              concatenating: Phrasing.capitalized(phrasing.withArticle(id)), " reports to ",
              Phrasing.list(names),
              "."),
            citing: superiors.source))
      } else {
        answer.text(notInSources("whom \(phrasing.withArticle(id)) reports to", closestTo: role))
      }
    }
    return answer
  }

  /// Who reports to each role: the roles whose sourced superiors include it.
  func whoReports(_ request: Request) -> Answer {
    guard !request.roles.isEmpty else { return askForRole("who reports to a role") }
    var answer = Answer()
    for id in request.roles.prefix(3) {
      let reporting = knowledge.roles.compactMap { role -> (RoleID, SourceID)? in
        guard let superiors = role.reportsTo.sourced, superiors.value.contains(.role(id)) else { return nil }
        return (role.id, superiors.source)
      }
      guard !reporting.isEmpty else {
        answer.text(notInSources("who reports to \(phrasing.withArticle(id))"))
        continue
      }
      let ids = ladderOrder(reporting.map(\.0))
      answer.listedRoles += ids
      for (_, source) in reporting { answer.cite(cite(source)) }
      let names = Phrasing.list(ids.map(phrasing.withArticle), conjunction: "and")
      answer.text("Reporting to \(phrasing.withArticle(id)): \(names).")
    }
    return answer
  }

  func nextStep(_ request: Request) -> Answer {
    guard !request.roles.isEmpty else { return careerPath() }
    var answer = Answer()
    for id in request.roles.prefix(2) {
      guard let role = knowledge.role(id) else { continue }
      if let steps = role.nextSteps.sourced, !steps.value.isEmpty {
        answer.listedRoles += ladderOrder(steps.value)
        answer.text(
          cited(
            String(
              concatenating: "After ", phrasing.withArticle(id), ", common next steps are ",
              Phrasing.list(ladderOrder(steps.value).map(phrasing.withArticle)), "."),
            citing: steps.source))
      } else {
        answer.text(notInSources("what comes after \(phrasing.withArticle(id))", closestTo: role))
      }
    }
    return answer
  }

  func become(_ request: Request) -> Answer {
    guard let id = request.roles.last, let role = knowledge.role(id) else {
      return gettingIntoManagement()
    }
    var answer = Answer()
    answer.heading("Becoming \(phrasing.withArticle(id))")
    let before = knowledge.roles.filter { candidate in
      candidate.nextSteps.sourced?.value.contains(id) ?? false
    }
    if let step = before.first, let source = step.nextSteps.sourced?.source {
      let names = before.map { phrasing.withArticle($0.id) }
      answer.text(
        cited(
          String(concatenating: "It usually follows experience as ", Phrasing.list(names), "."),
          citing: source))
    }
    if let experience = role.experience.sourced { answer.text(cited(experience)) }
    // "Entry level" alone misleads someone aiming at a staff engineer of a technology company.
    for note in role.notes { answer.text(statement(note)) }
    if let education = role.education.sourced { answer.text(cited(education)) }
    answer.text("Skills to build:")
    answer.bullets(role.skills.prefix(4)) { cited($0) }
    if let certifications = role.certifications.sourced, !certifications.value.isEmpty {
      let names = certifications.value.compactMap { knowledge.certification($0)?.name }
      answer.text(
        cited(
          String(concatenating: "Certifications that help: ", Phrasing.list(names, conjunction: "and"), "."),
          citing: certifications.source))
    }
    return answer
  }

  func timeline(_ request: Request) -> Answer {
    if request.roles.isEmpty, !request.entities.certifications.isEmpty { return certificationTime(request) }
    guard !request.roles.isEmpty else { return stageTimes() }
    // On a way between two roles, the time is the target's: the start is where the user stands.
    let way = request.resolution.isWayBetween ? request.roles.first : nil
    let targets = way == nil ? Array(request.roles.prefix(2)) : Array(request.roles.suffix(1))
    var answer = Answer()
    for id in targets {
      guard let role = knowledge.role(id) else { continue }
      if let experience = role.experience.sourced {
        answer.text(Phrasing.capitalized(phrasing.name(id)) + ": " + cited(experience))
        for note in role.notes { answer.text(statement(note)) }
      } else {
        let goal = way.map { "go from \(phrasing.withArticle($0)) to" } ?? "become"
        answer.text(notInSources("how long it takes to \(goal) \(phrasing.withArticle(id))", closestTo: role))
      }
      if role.experience.sourced == nil, let stage = knowledge.ladder.first(where: { $0.roles.contains(id) }),
        let time = stage.typicalTime.sourced
      {
        answer.text("The " + stage.name.lowercased() + " stage: " + cited(time))
      }
    }
    if let (years, theUsers) = yearsAsked(request),
      let remark = yearsRemark(
        years, theUsers: theUsers, against: targets.first.flatMap { knowledge.role($0)?.experience.sourced })
    {
      answer.text(remark)
    }
    return answer
  }

  /// The years a question about time weighs, and whether they are the user's: "is 10 years
  /// enough to be CTO?" asks of its own ten, a question about "me" of the user's.
  private func yearsAsked(_ request: Request) -> (years: Int, theUsers: Bool)? {
    let asked = request.analysis.cues.years
    if let own = request.profile.years, asked == nil || asked == own || request.analysis.cues.has(.me) {
      return (own, true)
    }
    return asked.map { ($0, false) }
  }

  /// "You have 3 years of experience: short of that span.", "10 years: still short of that
  /// span." and the like; nil for years the question names when there is no span to set them
  /// against.
  private func yearsRemark(_ years: Int, theUsers: Bool, against time: Sourced<String>?) -> String? {
    let count = "\(years) year\(years == 1 ? "" : "s")"
    let have = theUsers ? "You have \(count) of experience" : count
    guard let time, let span = YearsOfExperience(time.value, cues: intents.cues) else {
      return theUsers ? have + "." : nil
    }
    switch span.compare(years) {
    case -1: return have + ": still short of that span."
    case 0: return have + ": within that span."
    default: return have + ": past that span already."
    }
  }

  /// The time each stage of the ladder takes, where the sources say.
  private func stageTimes() -> Answer {
    var answer = Answer([.text("How long each stage takes, where the sources say:")])
    answer.bullets(knowledge.ladder) { stage in
      stage.name + ": " + (stage.typicalTime.sourced.map { cited($0) } ?? Cited("the sources give no time."))
    }
    return answer
  }

  /// How to move into management at all, from the article.
  private func gettingIntoManagement() -> Answer {
    var answer = Answer([.heading("Moving into engineering management")])
    if let progression = knowledge.ladder.first { answer.text(cited(progression.summary)) }
    answer.bullets(
      knowledge.educationNotes.prefix(2).map { cited($0) }
        + knowledge.certificationNotes.prefix(1).map { cited($0) })
    answer.text("Name a role (for example \"how do I become an engineering director?\") for its path.")
    return answer
  }

  /// Roles in the order of the ladder, lowest first.
  ///
  /// Each role's place is looked up once, not at every comparison of the sort.
  func ladderOrder(_ roles: [RoleID]) -> [RoleID] {
    roles.map { (place: knowledge.position(of: $0) ?? 0, id: $0) }.sorted { $0.place < $1.place }.map(\.id)
  }

  /// " (advanced stage, strategic focus)".
  func stageLabel(_ role: Role) -> String {
    let stage = role.stage == .specialist ? "specialist track" : role.stage.rawValue
    let track = role.stage == .specialist ? "" : " stage"
    guard let focus = role.focus.sourced else { return String(concatenating: " (", stage, track, ")") }
    return String(concatenating: " (", stage, track, ", ", focus.value.rawValue, " focus)")
  }

  /// That the sources do not say `what`, then where the role sits on the ladder when it is on
  /// it: a role of a specialist track has no closest rung to offer.
  func notInSources(_ what: String, closestTo role: Role) -> Cited {
    closestOnLadder(role).map { notInSources(what) + " " + $0 } ?? Cited(notInSources(what))
  }

  /// Where the role sits on the ladder, as the closest thing known; nil off the ladder.
  private func closestOnLadder(_ role: Role) -> Cited? {
    guard let stage = knowledge.ladder.first(where: { $0.roles.contains(role.id) }),
      let index = knowledge.ladder.firstIndex(where: { $0.stage == stage.stage })
    else { return nil }
    let next = knowledge.ladder.indices.contains(index + 1) ? knowledge.ladder[index + 1] : nil
    let below =
      next.map {
        String(
          concatenating: ", below the ", $0.name.lowercased(), " stage (",
          Phrasing.list($0.roles.map(phrasing.name)),
          ")")
      } ?? ""
    return cited(
      String(
        concatenating: "The closest I know: it is on the ", stage.name.lowercased(), " stage", below, "."),
      citing: stage.rolesSource)
  }

  func superiorName(_ superior: Superior) -> String {
    switch superior {
    case .role(let id): phrasing.withArticle(id)
    case .title(let title): "the " + title
    }
  }

  /// Asks which role is meant, listing a few.
  func askForRole(_ what: String) -> Answer {
    let examples = knowledge.progression.value.map(phrasing.name)
    return Answer([
      .text(
        "Which role do you mean? I can tell you \(what) for \(Phrasing.list(examples)), and \(knowledge.roles.count - examples.count) more."
      )
    ])
  }
}
