import Testing

@testable import AdvisorCore

/// Every source id the knowledge base cites, in no particular order.
private func sourcesUsed(in kb: KnowledgeBase) -> [SourceID] {
  var ids: [SourceID] = []
  func add<V>(_ fact: Sourced<V>) { ids.append(fact.source) }
  func add<V>(_ fact: Known<V>) {
    if case .known(_, let source) = fact { ids.append(source) }
  }
  for role in kb.roles {
    add(role.summary)
    role.duties.forEach { add($0) }
    role.skills.forEach { add($0) }
    add(role.focus)
    add(role.reportsTo)
    add(role.nextSteps)
    add(role.experience)
    add(role.certifications)
    add(role.education)
    add(role.pay)
  }
  for stage in kb.ladder {
    add(stage.summary)
    ids.append(stage.rolesSource)
    add(stage.typicalTime)
  }
  add(kb.progression)
  ids += kb.managerVersusDirector.map(\.source)
  ids += kb.topics.flatMap(\.facts).map(\.statement.source)
  for degree in kb.degrees {
    add(degree.summary)
    add(degree.duration)
    (degree.teaches + degree.value).forEach { add($0) }
  }
  for certification in kb.certifications {
    add(certification.summary)
    add(certification.issuer)
    (certification.requirements + certification.value).forEach { add($0) }
  }
  kb.specializations.forEach { add($0.focus) }
  kb.industries.flatMap(\.notes).forEach { add($0) }
  kb.disciplines.flatMap(\.paths).forEach { add($0) }
  (kb.educationNotes + kb.certificationNotes + kb.fieldDefinition + kb.advancementSkills + kb.outlook).forEach
  {
    add($0)
  }
  let facts = kb.industryFacts
  add(facts.hiring)
  add(facts.highestPaying)
  add(facts.competitivePay)
  add(facts.employers)
  ids += allFigures(in: kb).map(\.source)
  return ids
}

/// Every figure anywhere in the knowledge base.
private func allFigures(in kb: KnowledgeBase) -> [Figure] {
  var figures: [Figure] = []
  for role in kb.roles {
    if case .known(let pay, _) = role.pay { figures += pay }
  }
  figures += kb.degrees.flatMap(\.figures)
  figures += kb.certifications.flatMap(\.figures)
  figures += kb.industries.flatMap(\.figures)
  figures += kb.disciplines.flatMap(\.figures)
  figures += kb.industryFacts.payFigures + kb.fieldPay + kb.outlookFigures
  return figures
}

/// Aliases claimed by more than one entity of one kind.
private func sharedAliases<ID: Hashable>(_ entries: [(ID, [String])]) -> [String] {
  var owner: [String: ID] = [:]
  var shared: [String] = []
  for (id, aliases) in entries {
    for alias in aliases {
      if let other = owner[alias], other != id { shared.append(alias) }
      owner[alias] = id
    }
  }
  return shared
}

/// Ids that occur more than once, or not at all, among `ids`.
private func badCoverage<ID: Hashable>(_ ids: [ID], _ contract: [ID]) -> [ID] {
  contract.filter { id in ids.filter { $0 == id }.count != 1 }
}

@Suite struct KnowledgeBaseValidationTests {
  let kb = KnowledgeBase.standard

  @Test func everyIdHasExactlyOneEntry() {
    #expect(badCoverage(kb.roles.map(\.id), RoleID.contract).isEmpty)
    #expect(badCoverage(kb.certifications.map(\.id), CertificationID.contract).isEmpty)
    #expect(badCoverage(kb.degrees.map(\.id), DegreeID.contract).isEmpty)
    #expect(badCoverage(kb.industries.map(\.id), IndustryID.contract).isEmpty)
    #expect(badCoverage(kb.specializations.map(\.id), SpecializationID.contract).isEmpty)
    #expect(badCoverage(kb.disciplines.map(\.id), DisciplineID.contract).isEmpty)
    #expect(badCoverage(kb.sources.map(\.id), SourceID.contract).isEmpty)
  }

  @Test func everyReferencedIdHasAnEntry() {
    let roles = Set(kb.roles.map(\.id))
    var referenced: [RoleID] = kb.progression.value
    for role in kb.roles {
      if case .known(let next, _) = role.nextSteps { referenced += next }
      if case .known(let superiors, _) = role.reportsTo {
        for case .role(let id) in superiors { referenced.append(id) }
      }
    }
    referenced += kb.specializations.flatMap(\.roles)
    referenced += kb.ladder.flatMap(\.roles)
    referenced += kb.certifications.flatMap(\.helps)
    #expect(referenced.filter { !roles.contains($0) }.isEmpty)

    let specializations = Set(kb.specializations.map(\.id))
    #expect(kb.roles.flatMap(\.specializations).allSatisfy { specializations.contains($0) })
    let industries = Set(kb.industries.map(\.id))
    let facts = kb.industryFacts
    let industryRefs =
      kb.roles.flatMap { $0.industries?.value ?? [] } + kb.disciplines.flatMap(\.industries)
      + facts.hiring.value + facts.highestPaying.value + facts.competitivePay.value
    #expect(industryRefs.allSatisfy { industries.contains($0) })
    let certifications = Set(kb.certifications.map(\.id))
    for role in kb.roles {
      if case .known(let ids, _) = role.certifications {
        #expect(ids.allSatisfy { certifications.contains($0) }, "\(role.id)")
      }
    }
  }

  @Test func everyRoleHasItsCoreFields() {
    for role in kb.roles {
      #expect(!role.title.isEmpty, "\(role.id)")
      #expect(!role.aliases.isEmpty, "\(role.id)")
      #expect(!role.summary.value.isEmpty, "\(role.id)")
      #expect(!role.duties.isEmpty, "\(role.id)")
      #expect(!role.skills.isEmpty, "\(role.id)")
      #expect((role.duties + role.skills).allSatisfy { !$0.value.isEmpty }, "\(role.id)")
      #expect(role.aliases.contains(role.title.lowercased()), "\(role.id)")
    }
  }

  @Test func catalogueAndUsageAgree() {
    let used = Set(sourcesUsed(in: kb))
    let catalogued = Set(kb.sources.map(\.id))
    #expect(used.subtracting(catalogued).isEmpty)
    #expect(catalogued.subtracting(used).isEmpty)
    #expect(kb.sources.allSatisfy { !$0.citation.isEmpty && !$0.title.isEmpty })
    #expect(kb.sources.filter { $0.url == nil }.map(\.id) == [.article])
    #expect(kb.source(.article)?.citation == "the article")
    #expect(kb.source(.payscale2025)?.citation == "Payscale, cited by the article")
    #expect(kb.source(.gmac2024)?.citation == "GMAC 2024, cited by the article")
    #expect(kb.source(.fermatMind119041)?.isSecondary == true)
    #expect(kb.source(.blsOOH2024Compiled)?.isSecondary == false)
  }

  @Test func everyFigureIsComplete() {
    let figures = allFigures(in: kb)
    #expect(figures.count > 40)
    for figure in figures {
      #expect(!figure.amount.isEmpty, "\(figure.measure)")
      #expect(!figure.measure.isEmpty, "\(figure.amount)")
      #expect(!figure.year.isEmpty, "\(figure.amount) \(figure.measure)")
      #expect(kb.source(figure.source) != nil, "\(figure.amount) \(figure.measure)")
      #expect(figure.scope.map { !$0.isEmpty } ?? true, "\(figure.amount)")
    }
  }

  @Test func roleFiguresFromOtherOccupationsSayWhomTheyDescribe() {
    for role in kb.roles where role.id != .constructionManager {
      guard case .known(let pay, _) = role.pay else { continue }
      for figure in pay where figure.source != .payscale2025 && figure.source != .article {
        #expect(figure.scope != nil, "\(role.id) \(figure.amount)")
      }
    }
  }

  @Test func aliasesAreLowercaseAndNotShared() {
    let kinds: [(String, [[String]])] = [
      ("roles", kb.roles.map(\.aliases)),
      ("certifications", kb.certifications.map(\.aliases)),
      ("degrees", kb.degrees.map(\.aliases)),
      ("industries", kb.industries.map(\.aliases)),
      ("specializations", kb.specializations.map(\.aliases)),
      ("disciplines", kb.disciplines.map(\.aliases)),
    ]
    for (kind, aliases) in kinds {
      let all = aliases.flatMap { $0 }
      #expect(all.allSatisfy { $0 == $0.lowercased() && !$0.isEmpty }, "\(kind)")
      #expect(aliases.allSatisfy { !$0.isEmpty }, "\(kind)")
    }
    #expect(sharedAliases(kb.roles.map { ($0.id, $0.aliases) }).isEmpty)
    #expect(sharedAliases(kb.certifications.map { ($0.id, $0.aliases) }).isEmpty)
    #expect(sharedAliases(kb.degrees.map { ($0.id, $0.aliases) }).isEmpty)
    #expect(sharedAliases(kb.industries.map { ($0.id, $0.aliases) }).isEmpty)
    #expect(sharedAliases(kb.specializations.map { ($0.id, $0.aliases) }).isEmpty)
    #expect(sharedAliases(kb.disciplines.map { ($0.id, $0.aliases) }).isEmpty)
  }

  @Test func requestedShortFormsResolve() {
    let expected: [RoleID: [String]] = [
      .engineeringManager: [
        "em", "eng manager", "engineering mgr", "manager of engineers", "manager",
      ],
      .projectManager: ["pm"], .projectEngineer: ["pe"],
      .juniorProjectManager: ["junior pm", "associate project manager"],
      .seniorEngineeringManager: ["senior em"],
      .engineeringDirector: ["director of engineering", "eng director", "director"],
      .seniorEngineeringDirector: ["senior director of engineering"],
      .vpEngineering: [
        "vp of engineering", "vice president of engineering", "vpe", "vp eng", "vp",
      ],
      .cto: ["cto", "chief technology officer"],
      .operationsManager: ["ops manager", "operations mgr"],
      .rdEngineer: ["r&d engineer", "research and development engineer"],
      .rdManager: ["r&d manager"], .logisticsEngineer: ["logistic engineer"],
    ]
    for (id, aliases) in expected {
      let role = kb.role(id)
      #expect(aliases.allSatisfy { role?.aliases.contains($0) == true }, "\(id)")
    }
    let certAliases = Set(kb.certifications.flatMap(\.aliases))
    for alias in [
      "pmp", "engineer-in-training", "fe exam", "certified scrum master", "lss", "black belt",
    ] {
      #expect(certAliases.contains(alias), "\(alias)")
    }
    #expect(kb.degree(.mem)?.aliases.contains("master's in engineering management") == true)
    #expect(kb.degree(.bachelors)?.aliases.contains("bsc") == true)
    #expect(kb.industry(.pharmaceuticals)?.aliases.contains("pharma") == true)
    #expect(kb.industry(.defense)?.aliases.contains("defence") == true)
  }

  @Test func headlineFiguresArePresent() throws {
    let field = kb.fieldPay
    #expect(
      field.contains { $0.amount == "$121,560" && $0.year == "2025" && $0.source == .payscale2025 })
    #expect(field.contains { $0.amount == "$90,000 to $150,000+" && $0.source == .article })
    #expect(
      field.contains {
        $0.amount == "$167,740" && $0.year == "May 2024" && $0.scope != nil
          && $0.source == .blsOOH2024Compiled
      })
    let manager = try #require(kb.role(.engineeringManager))
    guard case .known(let pay, _) = manager.pay else {
      Issue.record("engineering manager pay is missing")
      return
    }
    #expect(pay.contains { $0.amount == "$121,560" && $0.source == .payscale2025 })
    let mba = try #require(kb.degree(.mba))
    #expect(
      mba.figures.contains {
        $0.amount.contains("$30,000") && $0.year == "2024" && $0.source == .gmac2024
      })
    let mem = try #require(kb.degree(.mem))
    let duration = try #require(mem.duration.sourced)
    #expect(duration.value.lowercased().contains("one to two years"))
    #expect(duration.source == .article)
  }

  @Test func ladderFollowsTheArticle() throws {
    #expect(kb.ladder.map(\.stage) == [.early, .mid, .advanced, .executive])
    #expect(kb.progression.value == [.projectEngineer, .engineeringManager, .engineeringDirector])
    for role in kb.roles where role.stage != .specialist {
      let stage = try #require(kb.ladder.first { $0.stage == role.stage })
      #expect(stage.roles.contains(role.id), "\(role.id)")
    }
    for stage in kb.ladder {
      for id in stage.roles where id != .projectEngineer {
        #expect(kb.role(id)?.stage == stage.stage, "\(id)")
      }
    }
    let mid = try #require(kb.ladder.first { $0.stage == .mid })
    #expect(mid.typicalTime.sourced?.value.contains("five and eight years") == true)
  }

  @Test func specializationAndCertificationLinksAgree() {
    for specialization in kb.specializations {
      #expect(specialization.roles.count == 3, "\(specialization.id)")
      for id in specialization.roles {
        #expect(kb.role(id)?.specializations.contains(specialization.id) == true, "\(id)")
      }
    }
    for role in kb.roles {
      for id in role.specializations {
        #expect(kb.specialization(id)?.roles.contains(role.id) == true, "\(role.id)")
      }
      if role.stage == .specialist { #expect(!role.specializations.isEmpty, "\(role.id)") }
      let listed: [CertificationID] =
        if case .known(let ids, _) = role.certifications { ids } else { [] }
      for certification in kb.certifications {
        #expect(
          listed.contains(certification.id) == certification.helps.contains(role.id),
          "\(role.id) \(certification.id)")
      }
    }
  }

  @Test func managerVersusDirectorCoversEveryDimension() {
    let rows = kb.managerVersusDirector
    #expect(
      rows.map(\.dimension) == [
        "Scope", "Decisions", "Focus", "Collaborators", "Budgets", "Technology", "Reports to",
        "Next steps",
      ])
    #expect(
      rows.allSatisfy { !$0.manager.isEmpty && !$0.director.isEmpty && $0.source == .article })
    #expect(rows.first { $0.dimension == "Focus" }?.manager.contains("tactical") == true)
    #expect(rows.first { $0.dimension == "Focus" }?.director.contains("strategic") == true)
  }

  @Test func reportingLinesAndNextStepsMatchTheArticle() throws {
    let manager = try #require(kb.role(.engineeringManager))
    #expect(
      manager.reportsTo.sourced?.value == [.role(.engineeringDirector), .role(.vpEngineering)])
    let managerNext = try #require(manager.nextSteps.sourced?.value)
    #expect(
      Set(managerNext) == [
        .seniorEngineeringDirector, .engineeringDirector, .seniorEngineeringManager,
      ])
    let director = try #require(kb.role(.engineeringDirector))
    #expect(
      director.reportsTo.sourced?.value == [.role(.vpEngineering), .role(.cto), .title("CEO")])
    #expect(director.nextSteps.sourced?.value == [.vpEngineering, .cto])
    #expect(manager.focus.sourced?.value == .tactical)
    #expect(director.focus.sourced?.value == .strategic)
  }

  @Test func silenceIsRecordedWhereTheSourcesAreSilent() throws {
    let unpaid: [RoleID] = [
      .staffEngineer, .projectEngineer, .seniorEngineeringManager, .seniorEngineeringDirector,
      .vpEngineering, .productManager, .systemsEngineer, .rdEngineer, .innovationConsultant,
      .integrationManager,
    ]
    for id in unpaid {
      #expect(kb.role(id)?.pay.sourced == nil, "\(id)")
    }
    for id: RoleID in [.vpEngineering, .cto, .seniorEngineeringDirector, .staffEngineer] {
      #expect(kb.role(id)?.reportsTo.sourced == nil, "\(id)")
    }
    let cpe = try #require(kb.certification(.cpe))
    #expect(cpe.issuer.sourced == nil)
    #expect(cpe.value.contains { $0.value.contains("no issuing body") })
    #expect(kb.industryFacts.hiring.value.count == IndustryID.contract.count)
    #expect(kb.industryFacts.highestPaying.value == [.software, .aerospace, .pharmaceuticals])
    #expect(kb.industryFacts.employers.value == ["Deloitte", "Actalent", "Black & Veatch"])
  }
}
