/// The text of `:context`, `:profile` and `:help`.
enum ContextReport {
  static func context(_ state: ConversationState, knowledge: KnowledgeBase) -> String {
    let left = { (age: Int) in "for \(ConversationState.memorySpan - age + 1) more turn(s) unless used" }
    var lines: [String] = []
    if let title = state.unknownTitle {
      lines.append("Role: \(title), a title I have no facts about, \(left(state.rolesAge))")
    } else if state.roles.isEmpty {
      lines.append("Role: none")
    } else {
      let names = state.roles.map { knowledge.role($0)?.title ?? $0.rawValue }
      lines.append("Role: \(names.joined(separator: ", ")), \(left(state.rolesAge))")
    }
    lines.append("Topic: " + (state.topic.map { "\($0.rawValue), \(left(state.topicAge))" } ?? "none"))
    lines.append("Subject: " + (state.subject.map { "\($0.id), \(left(state.subjectAge))" } ?? "none"))
    if state.choices.count >= 2 {
      lines.append("Weighing: \(state.choices.map(\.id).joined(separator: ", "))")
    }
    if !state.industries.isEmpty {
      let names = state.industries.map { knowledge.industry($0)?.name ?? $0.rawValue }
      lines.append("Industry: \(names.joined(separator: ", ")), \(left(state.industriesAge))")
    }
    lines.append(profile(state.profile, knowledge: knowledge))
    return lines.joined(separator: "\n")
  }

  static func profile(_ profile: Profile, knowledge: KnowledgeBase) -> String {
    guard !profile.isEmpty else {
      return
        "Profile: empty (tell me about yourself, e.g. \"I'm a project engineer with 3 years of experience\")"
    }
    var lines = ["Profile (kept until :forget):"]
    if profile.isStudying { lines.append("  studying: yes") }
    if let role = profile.role { lines.append("  role: \(knowledge.role(role)?.title ?? role.rawValue)") }
    if let years = profile.years { lines.append("  years of experience: \(years)") }
    if let discipline = profile.discipline { lines.append("  discipline: \(discipline.rawValue)") }
    if let industry = profile.industry { lines.append("  industry: \(industry.rawValue)") }
    if !profile.degrees.isEmpty {
      lines.append("  degrees: \(profile.degrees.map(\.rawValue).joined(separator: ", "))")
    }
    if !profile.certifications.isEmpty {
      lines.append("  certifications: \(profile.certifications.map(\.rawValue).joined(separator: ", "))")
    }
    if let target = profile.targetRole {
      lines.append("  goal: \(knowledge.role(target)?.title ?? target.rawValue)")
    }
    return lines.joined(separator: "\n")
  }

  static func help() -> String {
    var lines = [
      "Ask in your own words about engineering-management careers, for example:",
      "  what does an engineering director do?",
      "  how much does an EM make?",
      "  manager vs director?",
      "  is an MEM worth it?",
      "  I'm a civil engineer with 4 years of experience. What should I do next?",
      "Follow-ups work: \"and a VP?\", \"what skills do they need?\".",
      "Commands:",
    ]
    lines += MetaCommand.allCases.map { "  :\($0.rawValue.padding(8)) \($0.summary)" }
    return lines.joined(separator: "\n")
  }
}
