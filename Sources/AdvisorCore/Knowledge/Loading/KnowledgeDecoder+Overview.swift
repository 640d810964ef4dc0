/// The files about the field as a whole: the ladder, the manager-versus-director table,
/// field-wide facts, hiring and outlook.
extension KnowledgeDecoder {
  /// The ladder file: a `progression` line, then one block per stage.
  func ladder(_ records: [KnowledgeRecord]) throws(KnowledgeError)
    -> (progression: Sourced<[RoleID]>, stages: [LadderStage])
  {
    guard let head = records.first else {
      throw KnowledgeError(file: "ladder", line: 1, problem: .missingKey("progression"))
    }
    try head.check(keys: ["progression"], single: ["progression"])
    let line = try head.required("progression")
    let progression = Sourced<[RoleID]>(
      try ids(line, kind: "role", in: head), try source(of: line, in: head))
    var stages: [LadderStage] = []
    for record in records.dropFirst() {
      try record.check(
        keys: ["stage", "name", "summary", "roles", "typical time"],
        single: ["stage", "name", "summary", "roles", "typical time"])
      let roles = try record.required("roles")
      stages.append(
        LadderStage(
          stage: try choice(try record.required("stage"), in: record, among: Stage.allCases),
          name: try record.required("name").value,
          summary: try sourced(try record.required("summary"), in: record),
          roles: try ids(roles, kind: "role", in: record), rolesSource: try source(of: roles, in: record),
          typicalTime: try known("typical time", in: record)))
    }
    return (progression, stages)
  }

  /// The comparison file: the two roles it compares, then `row [source]: dimension |
  /// first | second`.
  func comparison(_ record: KnowledgeRecord) throws(KnowledgeError)
    -> (roles: [RoleID], rows: [ComparisonRow])
  {
    try record.check(keys: ["roles", "row"], single: ["roles"])
    let rolesLine = try record.required("roles")
    let roles: [RoleID] = try ids(rolesLine, kind: "role", in: record)
    guard roles.count == 2 else {
      throw record.error(
        .badValue(key: "roles", value: rolesLine.value, expected: "two role ids"), at: rolesLine)
    }
    var rows: [ComparisonRow] = []
    for line in record.all("row") {
      let parts = line.value.split(separator: "|").map { $0.trimmed() }
      guard parts.count == 3, !parts.contains(where: \.isEmpty) else {
        throw record.error(
          .badValue(key: "row", value: line.value, expected: "'dimension | first role | second role'"),
          at: line)
      }
      rows.append(
        ComparisonRow(
          dimension: parts[0], manager: parts[1], director: parts[2],
          source: try source(of: line, in: record)))
    }
    return (roles, rows)
  }

  /// The hiring file: which industries hire and pay well, employers, pay by industry.
  func hiring(_ record: KnowledgeRecord) throws(KnowledgeError) -> IndustryFacts {
    let lists = ["hiring", "highest paying", "competitive pay"]
    try record.check(
      keys: ["role"] + lists + ["employers", "industry pay"],
      single: Set(["role", "employers"] + lists))
    func industries(_ key: String) throws(KnowledgeError) -> Sourced<[IndustryID]> {
      let line = try record.required(key)
      return Sourced(try ids(line, kind: "industry", in: record), try source(of: line, in: record))
    }
    let employers = try record.required("employers")
    return IndustryFacts(
      role: try ids(try record.required("role"), kind: "role", in: record)[0],
      hiring: try industries("hiring"), highestPaying: try industries("highest paying"),
      competitivePay: try industries("competitive pay"),
      employers: Sourced(employers.list, try source(of: employers, in: record)),
      payFigures: try figures("industry pay", in: record))
  }

  /// One entry of the source registry.
  func source(_ record: KnowledgeRecord) throws(KnowledgeError) -> Source {
    let keys = ["id", "citation", "title", "publisher", "url", "year", "kind", "opinion", "group"]
    try record.check(keys: keys, single: Set(keys))
    let url = try record.required("url").value
    let kind = try record.required("kind")
    let opinion = try record.required("opinion")
    guard ["primary", "secondary"].contains(kind.value) else {
      throw record.error(
        .badValue(key: "kind", value: kind.value, expected: "primary or secondary"), at: kind)
    }
    guard ["yes", "no"].contains(opinion.value) else {
      throw record.error(.badValue(key: "opinion", value: opinion.value, expected: "yes or no"), at: opinion)
    }
    let groupLine = try record.required("group")
    guard let group = SourceGroup(rawValue: groupLine.value) else {
      let expected = SourceGroup.allCases.map(\.rawValue).joined(separator: ", ")
      throw record.error(.badValue(key: "group", value: groupLine.value, expected: expected), at: groupLine)
    }
    return Source(
      id: SourceID(try record.required("id").value), citation: try record.required("citation").value,
      title: try record.required("title").value, publisher: try record.required("publisher").value,
      url: url == "none" ? nil : url, year: try record.required("year").value,
      isSecondary: kind.value == "secondary", isOpinion: opinion.value == "yes", group: group)
  }
}
