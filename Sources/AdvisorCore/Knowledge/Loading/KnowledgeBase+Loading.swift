/// Builds the knowledge base from the files of `Knowledge/`.
extension KnowledgeBase {
  /// The folders of `Knowledge/` that hold one thing per file, by file ending.
  static let folders = [
    "roles": "role", "degrees": "degree", "certifications": "certification",
    "specializations": "specialization", "industries": "industry", "disciplines": "discipline",
    "topics": "topic",
  ]
  /// The files of `Knowledge/` that describe the field as a whole.
  static let overviewFiles = ["sources", "ladder", "manager-vs-director", "field", "hiring", "outlook"]

  /// Whether a file of `Knowledge/` (a path relative to it) is part of the knowledge base.
  public static func isKnowledgeFile(_ path: String) -> Bool {
    overviewFiles.contains(path)
      || folders.contains { path.hasPrefix($0.key + "/") && path.hasSuffix("." + $0.value) }
  }

  /// Builds the knowledge base from files given as (path relative to `Knowledge/`, text).
  /// - Throws: `KnowledgeError` with the file and line of the first problem: a malformed
  ///   line, a missing key, an unknown source or id, a figure without a year.
  public init(files: [(name: String, text: String)]) throws(KnowledgeError) {
    let library = try KnowledgeFiles(files)
    let decoder = try library.decoder()
    let specializations = try library.records("specializations").map {
      record throws(KnowledgeError) in try decoder.specialization(record)
    }
    var roles: [Role] = []
    for record in try library.records("roles") {
      let id = RoleID(try record.required("id").value)
      let listing = specializations.filter { $0.roles.contains(id) }.map(\.id)
      roles.append(try decoder.role(record, specializations: listing))
    }
    var certifications: [Certification] = []
    for record in try library.records("certifications") {
      let id = CertificationID(try record.required("id").value)
      let helps = roles.filter { $0.certifications.sourced?.value.contains(id) ?? false }.map(\.id)
      certifications.append(try decoder.certification(record, helps: helps))
    }
    let ladder = try decoder.ladder(try library.overview("ladder"))
    let comparison = try decoder.comparison(try library.overviewRecord("manager-vs-director"))
    let field = try library.overviewRecord("field")
    try field.check(
      keys: [
        "definition", "pay", "advancement skill", "education note", "student note", "certification note",
      ],
      single: [])
    let outlook = try library.overviewRecord("outlook")
    try outlook.check(keys: ["outlook", "figure"], single: [])
    self.init(
      roles: roles, ladder: ladder.stages, progression: ladder.progression,
      comparisonRoles: comparison.roles, managerVersusDirector: comparison.rows,
      degrees: try library.records("degrees").map { record throws(KnowledgeError) in
        try decoder.degree(record)
      },
      educationNotes: try decoder.facts("education note", in: field),
      studentNotes: try decoder.facts("student note", in: field),
      certifications: certifications,
      certificationNotes: try decoder.facts("certification note", in: field),
      specializations: specializations,
      industries: try library.records("industries").map { record throws(KnowledgeError) in
        try decoder.industry(record)
      },
      industryFacts: try decoder.hiring(try library.overviewRecord("hiring")),
      disciplines: try library.records("disciplines").map { record throws(KnowledgeError) in
        try decoder.discipline(record)
      },
      fieldDefinition: try decoder.facts("definition", in: field),
      fieldPay: try decoder.figures("pay", in: field),
      advancementSkills: try decoder.facts("advancement skill", in: field),
      outlook: try decoder.facts("outlook", in: outlook),
      outlookFigures: try decoder.figures("figure", in: outlook),
      topics: try library.records("topics").map { record throws(KnowledgeError) in try decoder.topic(record)
      },
      sources: library.sources)
  }
}
