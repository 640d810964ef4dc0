/// Topic files: `Knowledge/topics/<intent id>.topic`.
extension KnowledgeDecoder {
  /// A topic: `facet NAME:` lines give each facet's words, `default facets:` the ones an
  /// answer gives when none is asked, `also answers INTENT:` the facets that answer that
  /// intent's questions too when they name them, and every other line is
  /// `NAME [source]: statement`, optionally ending `| roles: id, id` when it describes only
  /// those roles.
  func topic(_ record: KnowledgeRecord) throws(KnowledgeError) -> Topic {
    let facetLines = record.lines.filter { $0.key.hasPrefix("facet ") }
    let lendingLines = record.lines.filter { $0.key.hasPrefix("also answers ") }
    // Each phrase is split into singular words here, once, rather than for every question.
    let facets = facetLines.map { line in
      Topic.Facet(
        name: String(line.key.dropFirst("facet ".count)),
        phrases: line.list.map { Tokenizer.words(in: $0.lowercased()).map(Inflection.singular) })
    }
    let names = facets.map(\.name)
    try record.check(
      keys: ["id", "title", "order", "default facets"] + facetLines.map(\.key) + lendingLines.map(\.key)
        + names,
      single: Set(
        ["id", "title", "order", "default facets"] + facetLines.map(\.key) + lendingLines.map(\.key)))
    let defaults = try record.required("default facets")
    var lent: [String: [String]] = [:]
    for line in [defaults] + lendingLines {
      for name in line.list where !names.contains(name) {
        throw record.error(
          .badValue(key: line.key, value: name, expected: names.joined(separator: ", ")), at: line)
      }
      if line.key != defaults.key { lent[String(line.key.dropFirst("also answers ".count))] = line.list }
    }
    var facts: [TopicFact] = []
    for line in record.lines where names.contains(line.key) {
      var text = line.value
      var roles: [RoleID] = []
      if let bar = text.lastIndex(of: "|"), text[text.index(after: bar)...].trimmed().hasPrefix("roles:") {
        let list = text[text.index(after: bar)...].trimmed().dropFirst("roles:".count)
        roles = try ids(
          KnowledgeLine(key: line.key, source: line.source, value: String(list), number: line.number),
          kind: "role", in: record)
        text = text[..<bar].trimmed()
      }
      let statement = KnowledgeLine(key: line.key, source: line.source, value: text, number: line.number)
      facts.append(TopicFact(facet: line.key, statement: try sourced(statement, in: record), roles: roles))
    }
    return Topic(
      id: try record.required("id").value, title: try record.required("title").value, facets: facets,
      defaultFacets: defaults.list, facts: facts, lentFacets: lent)
  }
}
