/// A statement from the seed article.
private func art(_ text: String) -> Sourced<String> { Sourced(text, .article) }

/// The article's education note for a role reached through an MEM specialization.
private func memEducation(_ specialization: String) -> Known<String> {
  .known(
    "A master's degree in engineering management opens specialized roles like this one, which "
      + "the article lists under the \(specialization) specialization.", .article)
}

/// A role of an MEM specialization, about which the sources give no ladder details.
private func specialist(
  _ id: RoleID, _ title: String, aliases: [String], summary: String, duties: [Sourced<String>],
  skills: [Sourced<String>], specialization: SpecializationID, specializationName: String,
  pay: Known<[Figure]> = .notInSources
) -> Role {
  Role(
    id: id, title: title, aliases: aliases, stage: .specialist, summary: art(summary),
    duties: duties, focus: .notInSources, reportsTo: .notInSources, nextSteps: .notInSources,
    experience: .notInSources, skills: skills, certifications: .notInSources,
    education: memEducation(specializationName), pay: pay, specializations: [specialization],
    industries: [])
}

/// A BLS median with the closest-occupation scope.
private func closest(
  _ amount: String, _ occupation: String, year: String = "May 2024",
  source: SourceID = .blsOOH2024Compiled
) -> Figure {
  Figure(
    amount, "median annual pay", year: year,
    scope: "\(occupation), the closest BLS occupation", source: source)
}

private let pmName = "project management"
private let opsName = "operations and supply chain management"
private let systemsName = "systems engineering and integration"
private let productName = "product and innovation management"

/// What BLS says logisticians do (supply chain analyst, logistics engineer).
private let logisticiansDuty = Sourced(
  "Analyzing and coordinating a supply chain and managing a product's life cycle: what BLS "
    + "says logisticians do", SourceID.blsOOHLogisticians2017)

/// BLS pay for logisticians, the closest occupation for supply-chain roles.
private let logisticiansPay: Known<[Figure]> = .known(
  [closest("$80,880", "logisticians")], .blsOOH2024Compiled)

extension KnowledgeBase {
  /// Leadership roles the article names outside the ladder: operations and construction.
  static let fieldLeadershipRoles: [Role] = [
    Role(
      id: .operationsManager, title: "Operations manager",
      aliases: ["operations manager", "ops manager", "operations mgr", "ops mgr"],
      stage: .advanced,
      summary: art(
        "An advanced role available to seasoned professionals, per the article, and a role of "
          + "the MEM operations and supply chain management specialization."),
      duties: [
        art("Optimizing production processes"),
        art("Logistics and supply chain efficiency"),
      ],
      focus: .notInSources, reportsTo: .notInSources, nextSteps: .notInSources,
      experience: .known(
        "BLS lists a bachelor's degree plus 5 years or more of experience as the typical entry "
          + "for general and operations managers.", .blsEPTable),
      skills: [
        art("Operations management, which the article says is in high demand"),
        Sourced(
          "Project management (99th percentile), leadership (97th) and problem solving (95th): "
            + "BLS skill ranks for general and operations managers", .blsEPSkills),
      ],
      certifications: .notInSources,
      education: .known(
        "With a master's degree in engineering management, professionals can enter operations "
          + "management; the MEM's operations and supply chain specialization lists this role.",
        .article),
      pay: .known(
        [closest("$102,950", "general and operations managers", year: "2024", source: .blsEPTable)],
        .blsEPTable),
      specializations: [.operationsSupplyChain], industries: []),
    Role(
      id: .constructionManager, title: "Construction manager",
      aliases: ["construction manager", "construction mgr"], stage: .advanced,
      summary: art(
        "A leadership position the article names; civil engineers can lead large-scale "
          + "construction management projects, keeping them compliant with safety regulations "
          + "and sustainability standards."),
      duties: [
        art("Leading large-scale construction management projects"),
        art("Ensuring compliance with safety regulations and sustainability standards"),
      ],
      focus: .notInSources, reportsTo: .notInSources, nextSteps: .notInSources,
      experience: .known(
        "BLS lists no related-work-experience requirement, but moderate-term on-the-job "
          + "training; large firms may prefer construction experience.",
        .blsOOHConstructionManagers2023),
      skills: [
        art("Strategic thinking"),
        art("Strong communication"),
        art("The ability to guide teams towards success"),
      ],
      certifications: .notInSources,
      education: .known(
        "A bachelor's degree is typical; large firms may prefer a construction-related degree "
          + "together with construction experience.", .blsOOHConstructionManagers2023),
      pay: .known(
        [
          Figure(
            "$106,980", "median annual pay", year: "May 2024", source: .blsOOH2024Compiled)
        ], .blsOOH2024Compiled),
      specializations: [], industries: [.construction]),
  ]

  /// Roles the article lists under the four MEM specializations (other than those on the
  /// ladder or named as leadership roles).
  static let specialistRoles: [Role] = [
    specialist(
      .programManager, "Program manager",
      aliases: [
        "program manager", "programme manager", "program mgr", "engineering program manager",
      ],
      summary: "A role of the MEM project management specialization, which focuses on managing "
        + "large-scale engineering projects.",
      duties: [
        art("Managing large-scale engineering projects"), art("Resource allocation and budgeting"),
      ],
      skills: [art("Resource allocation, budgeting and risk management")],
      specialization: .projectManagement, specializationName: pmName,
      pay: .known(
        [closest("$100,750", "project management specialists")], .blsOOH2024Compiled)),
    specialist(
      .supplyChainAnalyst, "Supply chain analyst",
      aliases: ["supply chain analyst", "supply-chain analyst"],
      summary: "A role of the MEM operations and supply chain management specialization, which "
        + "focuses on optimizing production processes, logistics and supply chain efficiency.",
      duties: [art("Improving supply chain efficiency"), logisticiansDuty],
      skills: [art("Optimizing production processes, logistics and supply chain efficiency")],
      specialization: .operationsSupplyChain, specializationName: opsName, pay: logisticiansPay),
    specialist(
      .logisticsEngineer, "Logistics engineer",
      aliases: ["logistics engineer", "logistic engineer", "logistics eng"],
      summary: "A role (the article says \"logistic engineer\") of the MEM operations and supply "
        + "chain management specialization, which focuses on production processes, logistics "
        + "and supply chain efficiency.",
      duties: [art("Optimizing logistics and production processes"), logisticiansDuty],
      skills: [art("Optimizing production processes, logistics and supply chain efficiency")],
      specialization: .operationsSupplyChain, specializationName: opsName, pay: logisticiansPay),
    specialist(
      .systemsEngineer, "Systems engineer",
      aliases: ["systems engineer", "system engineer", "systems eng"],
      summary: "A role of the MEM systems engineering and integration specialization, which "
        + "focuses on complex systems design, hardware-software integration and reliability.",
      duties: [
        art("Designing complex systems"), art("Integrating hardware and software"),
        art("Reliability engineering"),
      ],
      skills: [art("Complex systems design, integration and reliability engineering")],
      specialization: .systemsEngineering, specializationName: systemsName),
    specialist(
      .integrationManager, "Integration manager",
      aliases: ["integration manager", "integration mgr", "systems integration manager"],
      summary: "A role of the MEM systems engineering and integration specialization, which "
        + "focuses on integrating hardware and software in complex systems.",
      duties: [art("Integration of hardware and software"), art("Reliability of complex systems")],
      skills: [art("Complex systems design, integration and reliability engineering")],
      specialization: .systemsEngineering, specializationName: systemsName),
    specialist(
      .rdEngineer, "R&D engineer",
      aliases: [
        "r&d engineer", "research and development engineer", "rd engineer", "r and d engineer",
        "research engineer",
      ],
      summary: "A research and development (R&D) role that an MEM can lead to, listed under "
        + "the systems engineering and integration specialization.",
      duties: [
        art("Research and development (R&D) work"),
        art("Complex systems design, hardware-software integration and reliability engineering"),
      ],
      skills: [art("Complex systems design, integration and reliability engineering")],
      specialization: .systemsEngineering, specializationName: systemsName),
    specialist(
      .rdManager, "R&D manager",
      aliases: [
        "r&d manager", "research and development manager", "rd manager", "r and d manager",
        "r&d management",
        "research manager",
      ],
      summary: "A role of the MEM product and innovation management specialization, which "
        + "focuses on product lifecycle management, market-driven innovation and R&D leadership.",
      duties: [
        art("R&D leadership"),
        art("Market-driven innovation and product lifecycle management"),
        Sourced(
          "Planning, directing or coordinating research and development in engineering: O*NET "
            + "includes it in architectural and engineering managers' work", .onet119041),
      ],
      skills: [art("Product lifecycle management, market-driven innovation and R&D leadership")],
      specialization: .productInnovation, specializationName: productName,
      pay: .known(
        [
          closest(
            "$167,740",
            "architectural and engineering managers, which include engineering R&D managers"),
          Figure(
            "$161,180", "median annual pay", year: "May 2024",
            scope: "natural sciences managers, a related BLS occupation that includes science "
              + "R&D managers", source: .blsOOH2024Compiled),
        ], .blsOOH2024Compiled)),
    specialist(
      .productManager, "Product manager",
      aliases: ["product manager", "product mgr", "prod manager"],
      summary: "A role of the MEM product and innovation management specialization, which "
        + "focuses on product lifecycle management and market-driven innovation.",
      duties: [
        art("Product lifecycle management"), art("Market-driven innovation"),
        art("Working closely with engineering managers to execute projects"),
      ],
      skills: [art("Product lifecycle management, market-driven innovation and R&D leadership")],
      specialization: .productInnovation, specializationName: productName),
    specialist(
      .innovationConsultant, "Innovation consultant",
      aliases: ["innovation consultant", "innovation consulting"],
      summary: "A role of the MEM product and innovation management specialization, which "
        + "focuses on market-driven innovation, product lifecycle management and R&D leadership.",
      duties: [
        art("Market-driven innovation"),
        art("Consulting, an area the article says is in high demand"),
      ],
      skills: [art("Product lifecycle management, market-driven innovation and R&D leadership")],
      specialization: .productInnovation, specializationName: productName),
  ]
}
