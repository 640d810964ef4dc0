/// `:why` and `:sources`: how the last turn was understood and answered, and where its facts
/// come from, for a student or a sceptical user.
enum WhyReport {
  /// The explanation of `reply`: the words, entities, cues and intents as `--explain` shows
  /// them, then what the conversation added, and the facts' sources.
  static func why(_ reply: Reply) -> String {
    var lines = ["Why the answer to \"\(reply.input)\":"]
    lines.append(Explanation.render(reply.analysis))
    if reply.intent != reply.analysis.classification.intent {
      lines.append(
        "From the conversation: answered as \(reply.intent.rawValue), not \(reply.analysis.classification.intent.rawValue), because of what came before."
      )
    }
    let carried = reply.entities.roles.filter { !reply.analysis.entities.roles.contains($0) }
    if !carried.isEmpty {
      lines.append(
        "Roles from the conversation or your profile: " + carried.map(\.rawValue).joined(separator: ", "))
    }
    lines += reply.assumptions.map { "Note: " + $0 }
    let sources = reply.sources.map(\.id.rawValue)
    lines.append(
      "Facts from: "
        + (sources.isEmpty ? "no source (nothing in the answer needs one)" : sources.joined(separator: ", ")))
    return lines.joined(separator: "\n")
  }

  /// The sources of `reply`'s answer, with title, publisher, year and address.
  static func sources(of reply: Reply) -> String {
    guard !reply.sources.isEmpty else {
      return "The last answer states no sourced fact. (:sources all lists every source.)"
    }
    return (["Sources of the last answer:"] + reply.sources.map(describe)).joined(separator: "\n")
  }

  /// Every source of the knowledge base, grouped by the kind of body it is.
  static func allSources(_ knowledge: KnowledgeBase) -> String {
    var lines: [String] = []
    for group in SourceGroup.allCases {
      let members = knowledge.sources.filter { $0.group == group }
      guard !members.isEmpty else { continue }
      if !lines.isEmpty { lines.append("") }
      lines.append("\(group.heading): \(members.count)")
      lines += members.map(describe)
    }
    return lines.joined(separator: "\n")
  }

  /// One source as a line: its id, title, publisher, year and address.
  private static func describe(_ source: Source) -> String {
    "- [\(source.id.rawValue)] \(source.title), \(source.publisher), \(source.year)."
      + (source.url.map { " " + $0 } ?? " (no address: the article this advisor is built on)")
  }
}
