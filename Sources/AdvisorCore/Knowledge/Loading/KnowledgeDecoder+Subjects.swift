/// Files of the things roles relate to: degrees, certifications, specializations,
/// industries and disciplines, one file each.
extension KnowledgeDecoder {
  func degree(_ record: KnowledgeRecord) throws(KnowledgeError) -> Degree {
    try record.check(
      keys: [
        "id", "name", "aliases", "order", "level", "summary", "duration", "teaches", "value", "figure",
        "needed",
      ] + Self.cellKeys,
      single: Set(["id", "name", "aliases", "order", "level", "summary", "duration"] + Self.cellKeys))
    return Degree(
      id: DegreeID(try record.required("id").value), name: try record.required("name").value,
      aliases: aliases(in: record),
      level: try choice(try record.required("level"), in: record, among: Degree.Level.allCases),
      summary: try sourced(try record.required("summary"), in: record),
      duration: try known("duration", in: record), teaches: try facts("teaches", in: record),
      value: try facts("value", in: record), figures: try figures("figure", in: record),
      needed: try facts("needed", in: record),
      cells: try cells(in: record))
  }

  /// The keys of a side-by-side table's cells, each optional and given once.
  static let cellKeys = ["brief", "suits", "time", "cost", "pay effect"]

  /// The cells a degree or certification gives for a side-by-side table.
  private func cells(in record: KnowledgeRecord) throws(KnowledgeError) -> TableCells {
    func cell(_ key: String) throws(KnowledgeError) -> Sourced<String>? {
      guard let line = record.optional(key) else { return nil }
      return try sourced(line, in: record)
    }
    return TableCells(
      brief: try cell("brief"), suits: try cell("suits"), time: try cell("time"), cost: try cell("cost"),
      payEffect: try cell("pay effect"))
  }

  /// A certification, with the roles whose files list it.
  func certification(_ record: KnowledgeRecord, helps: [RoleID]) throws(KnowledgeError)
    -> Certification
  {
    try record.check(
      keys: [
        "id", "name", "aliases", "order", "summary", "issuer", "requirement", "value", "figure", "needed",
        "includes",
      ]
        + Self.cellKeys,
      single: Set(["id", "name", "aliases", "order", "summary", "issuer", "includes"] + Self.cellKeys))
    var includes: [CertificationID] = []
    if let line = record.optional("includes") {
      _ = try source(of: line, in: record)
      includes = try ids(line, kind: "certification", in: record)
    }
    return Certification(
      id: CertificationID(try record.required("id").value),
      name: try record.required("name").value, aliases: aliases(in: record),
      summary: try sourced(try record.required("summary"), in: record),
      issuer: try known("issuer", in: record), requirements: try facts("requirement", in: record),
      value: try facts("value", in: record), figures: try figures("figure", in: record),
      helps: helps, needed: try facts("needed", in: record),
      includes: includes, cells: try cells(in: record))
  }

  func specialization(_ record: KnowledgeRecord) throws(KnowledgeError) -> Specialization {
    try record.check(
      keys: ["id", "name", "aliases", "order", "focus", "roles"],
      single: ["id", "name", "aliases", "order", "focus", "roles"])
    let roles = try record.required("roles")
    _ = try source(of: roles, in: record)
    return Specialization(
      id: SpecializationID(try record.required("id").value),
      name: try record.required("name").value, aliases: aliases(in: record),
      focus: try sourced(try record.required("focus"), in: record),
      roles: try ids(roles, kind: "role", in: record))
  }

  func industry(_ record: KnowledgeRecord) throws(KnowledgeError) -> Industry {
    try record.check(
      keys: ["id", "name", "aliases", "order", "note", "figure"], single: ["id", "name", "aliases", "order"])
    return Industry(
      id: IndustryID(try record.required("id").value), name: try record.required("name").value,
      aliases: aliases(in: record), notes: try facts("note", in: record),
      figures: try figures("figure", in: record))
  }

  func discipline(_ record: KnowledgeRecord) throws(KnowledgeError) -> Discipline {
    try record.check(
      keys: ["id", "name", "aliases", "order", "path", "industries", "figure"],
      single: ["id", "name", "aliases", "order", "industries"])
    var industries: [IndustryID] = []
    if let line = record.optional("industries") {
      _ = try source(of: line, in: record)
      industries = try ids(line, kind: "industry", in: record)
    }
    return Discipline(
      id: DisciplineID(try record.required("id").value), name: try record.required("name").value,
      aliases: aliases(in: record), paths: try facts("path", in: record), industries: industries,
      figures: try figures("figure", in: record))
  }
}
