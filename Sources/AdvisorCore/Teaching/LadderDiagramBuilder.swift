/// Reads the ladder's rungs out of the knowledge base for `LadderDiagram`.
///
/// Cites and names things through the answer composer, so the ladder reads like the
/// answers.
struct LadderDiagramBuilder {
  let composer: AnswerComposer
  let profile: Profile

  private var knowledge: KnowledgeBase { composer.knowledge }
  private var phrasing: Phrasing { composer.phrasing }

  /// The ladder's stages, top first: each role once, marked in its own stage (a role the
  /// article lists on two stages, like the project engineer, is marked where it starts).
  func rungs() -> [LadderDiagram.Rung] {
    knowledge.ladder.reversed().map { stage in
      var notes: [String] = []
      if let time = stage.typicalTime.sourced {
        notes.append(
          "Typical time: " + Phrasing.sentence(time.value) + " " + composer.inlineCitation(time.source))
      }
      if stage.stage == .executive { notes += reachedFrom(stage.roles) }
      let entries = stage.roles.compactMap(knowledge.role).map { role in
        LadderDiagram.Entry(text: role.title, marks: role.stage == stage.stage ? marks(role.id) : [])
      }
      return LadderDiagram.Rung(
        name: stage.name, citation: citation(stage.summary.source), entries: entries, notes: notes)
    }
  }

  /// The specialist branch: each MEM specialization with the specialist roles it leads
  /// to; nil when no specialization names one.
  func specialistBranch() -> LadderDiagram.Rung? {
    let entries = knowledge.specializations.compactMap { specialization -> LadderDiagram.Entry? in
      let roles = specialization.roles.compactMap(knowledge.role).filter { $0.stage == .specialist }
      guard !roles.isEmpty else { return nil }
      let names = roles.map { phrasing.name($0.id) }.joined(separator: ", ")
      return LadderDiagram.Entry(
        text: "\(specialization.name): \(names)",
        marks: LadderDiagram.Mark.allCases.filter { mark in roles.contains { marks($0.id).contains(mark) } })
    }
    guard let first = knowledge.specializations.first, !entries.isEmpty else { return nil }
    return LadderDiagram.Rung(
      name: "Specialist branch, by MEM specialization", citation: citation(first.focus.source),
      entries: entries, notes: [])
  }

  /// Where the profile puts the user and their goal, or how to tell the advisor.
  ///
  /// For example "You are here: project engineer. Your goal: construction manager."
  func whereYouAre() -> String {
    let here =
      profile.role.map { "You are here: \(phrasing.name($0))." }
      ?? "Tell me your role (\"I'm a project engineer\") to be marked on the ladder."
    let goal =
      profile.targetRole.map { "Your goal: \(phrasing.name($0))." }
      ?? "Tell me your goal (\"I want to become an engineering director\") to see it marked."
    return here + " " + goal
  }

  /// Where the profile puts a role: the user's own, their goal, or both.
  private func marks(_ role: RoleID) -> [LadderDiagram.Mark] {
    (profile.role == role ? [.here] : []) + (profile.targetRole == role ? [.goal] : [])
  }

  /// One sentence for each role below `roles` whose next steps lead into them.
  ///
  /// For example "From engineering director: VP of engineering or chief technology
  /// officer (the article)."
  private func reachedFrom(_ roles: [RoleID]) -> [String] {
    knowledge.roles.compactMap { role in
      guard !roles.contains(role.id), let steps = role.nextSteps.sourced else { return nil }
      let upward = steps.value.filter(roles.contains)
      guard !upward.isEmpty else { return nil }
      let names = Phrasing.list(upward.map(phrasing.name))
      return "From \(phrasing.name(role.id)): \(names) \(composer.inlineCitation(steps.source))."
    }
  }

  private func citation(_ source: SourceID) -> String {
    knowledge.source(source)?.citation ?? source.rawValue
  }
}
