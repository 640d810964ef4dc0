/// Role files: `Knowledge/roles/<id>.role`.
extension KnowledgeDecoder {
  static let roleKeys = [
    "id", "title", "aliases", "fields", "order", "stage", "summary", "note", "duty", "focus", "reports to",
    "next steps", "experience", "skill", "certifications", "education", "pay", "industries",
  ]
  private static let singleRoleKeys: Set<String> = [
    "id", "title", "aliases", "fields", "order", "stage", "summary", "focus", "reports to",
    "next steps", "experience", "certifications", "education", "industries",
  ]

  /// A role, with the specializations that list it.
  func role(_ record: KnowledgeRecord, specializations: [SpecializationID]) throws(KnowledgeError)
    -> Role
  {
    try record.check(keys: Self.roleKeys, single: Self.singleRoleKeys)
    _ = try record.required("aliases")
    return Role(
      id: RoleID(try record.required("id").value), title: try record.required("title").value,
      aliases: aliases(in: record), fields: record.optional("fields")?.list.map { $0.lowercased() } ?? [],
      stage: try choice(try record.required("stage"), in: record, among: Stage.allCases),
      summary: try sourced(try record.required("summary"), in: record), notes: try facts("note", in: record),
      duties: try facts("duty", in: record),
      focus: try known("focus", in: record) { line throws(KnowledgeError) in
        try choice(line, in: record, among: [Focus.technical, .tactical, .strategic, .executive])
      },
      reportsTo: try known("reports to", in: record) { line throws(KnowledgeError) in
        try superiors(line, in: record)
      },
      nextSteps: try known("next steps", in: record) { line throws(KnowledgeError) in
        try ids(line, kind: "role", in: record)
      },
      experience: try known("experience", in: record), skills: try facts("skill", in: record),
      certifications: try known("certifications", in: record) { line throws(KnowledgeError) in
        try ids(line, kind: "certification", in: record)
      },
      education: try known("education", in: record), pay: try pay(in: record),
      specializations: specializations, industries: try industries(in: record))
  }

  /// Whom a role reports to: role ids in lowercase, or titles such as "CEO".
  private func superiors(_ line: KnowledgeLine, in record: KnowledgeRecord) throws(KnowledgeError)
    -> [Superior]
  {
    var superiors: [Superior] = []
    for item in line.list {
      let isID = item.utf8.allSatisfy { (97...122).contains($0) || $0 == 95 || (48...57).contains($0) }
      if isID {
        let single = KnowledgeLine(key: line.key, source: line.source, value: item, number: line.number)
        superiors.append(.role(try ids(single, kind: "role", in: record)[0]))
      } else {
        superiors.append(.title(item))
      }
    }
    return superiors
  }

  /// Pay figures, or `pay: not in sources`.
  private func pay(in record: KnowledgeRecord) throws(KnowledgeError) -> Known<[Figure]> {
    let lines = record.all("pay")
    if lines.count == 1, lines[0].isNotInSources { return .notInSources }
    guard !lines.isEmpty else { throw record.error(.missingKey("pay"), at: nil) }
    let figures = try figures("pay", in: record)
    return .known(figures, figures[0].source)
  }

  private func industries(in record: KnowledgeRecord) throws(KnowledgeError) -> Sourced<[IndustryID]>? {
    guard let line = record.optional("industries") else { return nil }
    return Sourced(try ids(line, kind: "industry", in: record), try source(of: line, in: record))
  }
}
