/// Answers about the ladder, comparisons between roles, and industries.
extension AnswerComposer {
  /// The ladder, stage by stage; for roles under discussion ("what's the path to get
  /// there?"), where on it each one stands.
  func careerPath(to roles: [RoleID] = []) -> Answer {
    var answer = Answer()
    answer.text(progression())
    for stage in knowledge.ladder {
      let roles = Phrasing.list(stage.roles.map(phrasing.name), conjunction: "and")
      answer.bullet(
        stage.typicalTime.sourced.map { String(concatenating: stage.name, ": ", roles, ". ") + cited($0) }
          ?? Cited(String(concatenating: stage.name, ": ", roles)))
    }
    for id in roles.prefix(2) {
      let stages = knowledge.ladder.filter { $0.roles.contains(id) }
      guard let source = stages.first?.rolesSource else { continue }
      let names = Phrasing.list(stages.map { $0.name.lowercased() }, conjunction: "and")
      answer.text(
        cited(
          String(
            concatenating: Phrasing.capitalized(phrasing.name(id)), " is on the ", names,
            stages.count > 1 ? " stages." : " stage."),
          citing: source))
    }
    return answer
  }

  /// The article's summary of the ladder: "The usual progression: project engineer → …".
  func progression() -> Cited {
    let progression = knowledge.progression
    let names = String(joining: progression.value.map(phrasing.name), separator: " → ")
    return cited(String(concatenating: "The usual progression: ", names, "."), citing: progression.source)
  }

  func compare(_ request: Request) -> Answer {
    var roles = request.roles
    let table = knowledge.comparisonRoles
    if roles.count == 1 {
      roles = roles[0] == table[1] ? table : [roles[0], table[1]]
    }
    guard roles.count >= 2 else { return managerVersusDirector() }
    if request.analysis.cues.has(.asksPay), let first = knowledge.role(roles[0]),
      let second = knowledge.role(roles[1])
    {
      return payComparison(first, second)
    }
    if roles.count == 2, Set(roles) == Set(table) { return managerVersusDirector() }
    return sideBySide(Array(roles.prefix(Self.mostRolesSideBySide)))
  }

  /// How many roles a table sets side by side: three still fit a terminal's width.
  private static let mostRolesSideBySide = 3

  /// The article's table, dimension by dimension.
  private func managerVersusDirector() -> Answer {
    let titles = knowledge.comparisonRoles.compactMap { knowledge.role($0)?.title }
    var answer = Answer([
      .heading(Phrasing.capitalized(String(joining: titles.map { $0.lowercased() }, separator: " vs ")))
    ])
    for row in knowledge.managerVersusDirector {
      answer.text(cited(row.dimension, citing: row.source))
      answer.bullets([
        "Manager: " + Phrasing.sentence(row.manager), "Director: " + Phrasing.sentence(row.director),
      ])
    }
    return answer
  }

  /// Two or three roles compared on the fields the knowledge base has for them.
  private func sideBySide(_ ids: [RoleID]) -> Answer {
    let roles = ids.compactMap { knowledge.role($0) }
    guard roles.count >= 2 else { return Answer() }
    let titles = [roles[0].title] + roles.dropFirst().map { Phrasing.lowercasingFirstWord($0.title) }
    var answer = Answer([.heading(String(joining: titles, separator: " vs "))])
    answer.blocks.append(.table(comparisonTable(roles)))
    for source in roles.flatMap({ tableSources($0) }).eachOnce().sorted(by: { $0.rawValue < $1.rawValue }) {
      answer.cite(cite(source))
    }
    answer.text("\"—\" where the sources say nothing.")
    for role in roles {
      var facts = role.title + ": " + cited(role.summary)
      for note in role.notes { facts = facts + " " + statement(note) }
      if let pay = role.pay.sourced?.value.first { facts = facts + " Pay: " + figure(pay) + "." }
      answer.bullet(facts)
    }
    if roles.count == 2, let difference = stageDifference(roles[0], roles[1]) { answer.text(difference) }
    return answer
  }

  /// Stage, focus, reporting line and next steps, side by side.
  private func comparisonTable(_ roles: [Role]) -> [[String]] {
    let missing = "—"
    func names(_ ids: [RoleID]) -> String {
      String(joining: ladderOrder(ids).map(phrasing.name), separator: ", ")
    }
    return [
      Self.row("", roles) { $0.title },
      Self.row("Stage", roles) { $0.stage == .specialist ? "specialist track" : $0.stage.rawValue },
      Self.row("Focus", roles) { $0.focus.sourced?.value.rawValue ?? missing },
      Self.row("Reports to", roles) { role in
        role.reportsTo.sourced.map { String(joining: $0.value.map { superiorName($0) }, separator: ", ") }
          ?? missing
      },
      Self.row("Next steps", roles) { $0.nextSteps.sourced.map { names($0.value) } ?? missing },
    ]
  }

  /// The sources of the facts in a role's row of the comparison table.
  private func tableSources(_ role: Role) -> [SourceID] {
    [role.focus.sourced?.source, role.reportsTo.sourced?.source, role.nextSteps.sourced?.source]
      .compactMap { $0 } + [role.summary.source]
  }

  private func stageDifference(_ first: Role, _ second: Role) -> String? {
    let order = Stage.allCases
    guard first.stage != second.stage, let a = order.firstIndex(of: first.stage),
      let b = order.firstIndex(of: second.stage), first.stage != .specialist, second.stage != .specialist
    else { return nil }
    let (lower, higher) = a < b ? (first, second) : (second, first)
    return
      String(
        concatenating: Phrasing.capitalized(phrasing.withArticle(higher.id)),
        " sits on a later stage of the ladder than ",
        phrasing.withArticle(lower.id), ".")
  }

  func industries(_ request: Request) -> Answer {
    let facts = knowledge.industryFacts
    var answer = Answer()
    for id in request.entities.industries {
      guard let industry = knowledge.industry(id) else { continue }
      answer.heading(industry.name)
      answer.bullets(industry.notes.map { cited($0) } + industry.figures.map { figure($0) })
    }
    for id in request.entities.disciplines {
      guard let discipline = knowledge.discipline(id) else { continue }
      answer.heading(discipline.name)
      answer.bullets(discipline.paths) { cited($0) }
    }
    if answer.blocks.isEmpty || !request.roles.isEmpty {
      let names = facts.hiring.value.compactMap { knowledge.industry($0)?.name.lowercased() }
      answer.text(
        cited(
          String(
            concatenating: "Engineering managers are hired across industries like ",
            Phrasing.list(names, conjunction: "and"), "."),
          citing: facts.hiring.source))
      // A role the sources name industries for gets its own list.
      for role in request.roles.compactMap({ knowledge.role($0) }) where role.id != facts.role {
        guard let listed = role.industries else { continue }
        let names = listed.value.compactMap { knowledge.industry($0)?.name.lowercased() }
        answer.text(
          cited(
            String(
              concatenating: Phrasing.capitalized(phrasing.plural(role.id)), " work in ",
              Phrasing.list(names, conjunction: "and"), "."),
            citing: listed.source))
      }
      let others = request.roles.filter { $0 != facts.role && knowledge.role($0)?.industries == nil }
      if !others.isEmpty {
        answer.text(
          noSourceGives(
            "separate list of industries for \(Phrasing.list(others.map(phrasing.plural), conjunction: "and"))"
          ))
      }
      answer.text(
        cited(
          String(
            concatenating: "Companies that continuously post engineering-management roles include ",
            Phrasing.list(facts.employers.value, conjunction: "and"), "."),
          citing: facts.employers.source))
    }
    return answer
  }
}
