/// A statement from the seed article.
private func art(_ text: String) -> Sourced<String> { Sourced(text, .article) }

/// A BLS mean wage for architectural and engineering managers in one industry, May 2021.
private func industryMean(_ amount: String, _ industry: String) -> Figure {
  Figure(
    amount, "mean annual wage", year: "May 2021",
    scope: "architectural and engineering managers in \(industry)", source: .blsOEWS119041May2021)
}

/// A 2024–34 BLS projection for one occupation.
private func growth(_ amount: String, _ scope: String, source: SourceID = .blsOOH2024Compiled)
  -> Figure
{
  Figure(amount, "projected employment growth", year: "2024–34", scope: scope, source: source)
}

/// A 2024 BLS job count for one occupation.
private func jobs(_ amount: String, _ scope: String) -> Figure {
  Figure(amount, "jobs", year: "2024", scope: scope, source: .blsOOH2024Compiled)
}

private let aem = "architectural and engineering managers"

extension KnowledgeBase {
  /// The eight industries of the contract, with what the article says of each.
  static let industryEntries: [Industry] = [
    Industry(
      id: .manufacturing, name: "Manufacturing",
      aliases: ["manufacturing", "manufacturing industry", "manufacturers"],
      notes: [
        art("Manufacturing is among the industries offering engineering management careers."),
        art("Construction and manufacturing can also offer competitive salaries."),
        art(
          "Mechanical engineers may move into manufacturing management, overseeing production "
            + "processes and supply chains."
        ),
      ],
      figures: [
        Figure(
          "$121,440", "median annual pay", year: "May 2024",
          scope: "industrial production managers", source: .blsOOH2024Compiled),
        industryMean("$166,210", "navigational, measuring and control instruments manufacturing"),
      ]),
    Industry(
      id: .aerospace, name: "Aerospace",
      aliases: ["aerospace", "aerospace industry", "aeronautics"],
      notes: [
        art("Aerospace is among the industries offering engineering management careers."),
        art("Aerospace is one of the high-paying industries for engineering managers."),
      ],
      figures: [industryMean("$170,670", "aerospace product and parts manufacturing")]),
    Industry(
      id: .software, name: "Software",
      aliases: [
        "software industry", "software", "software development",
        "software companies", "tech", "tech industry",
      ],
      notes: [
        art("Software engineering eagerly hires engineering managers."),
        art("Software development is one of the high-paying industries for engineering managers."),
        art(
          "Software engineers may advance into software project management or technology "
            + "consulting."
        ),
      ],
      figures: []),
    Industry(
      id: .construction, name: "Construction",
      aliases: ["construction", "construction industry", "construction sector"],
      notes: [
        art("Construction eagerly hires engineering managers."),
        art("Construction and manufacturing can also offer competitive salaries."),
        art("Civil engineers can lead large-scale construction management projects."),
      ],
      figures: [
        Figure(
          "$106,980", "median annual pay", year: "May 2024", scope: "construction managers",
          source: .blsOOH2024Compiled)
      ]),
    Industry(
      id: .healthcareTechnology, name: "Healthcare technology",
      aliases: [
        "healthcare technology", "healthcare", "health care", "health tech", "healthtech",
        "medtech", "medical technology", "health technology",
      ],
      notes: [
        art(
          "Healthcare technology is among the industries offering engineering management careers.")
      ],
      figures: []),
    Industry(
      id: .pharmaceuticals, name: "Pharmaceuticals",
      aliases: [
        "pharmaceuticals", "pharmaceutical", "pharma", "pharmaceutical industry",
        "pharmaceutical companies",
      ],
      notes: [
        art(
          "Engineering managers play a critical role in pharmaceuticals, where technological "
            + "advancements drive business success."
        ),
        art("Pharmaceuticals is one of the high-paying industries for engineering managers."),
      ],
      figures: []),
    Industry(
      id: .automotive, name: "Automotive",
      aliases: ["automotive", "auto", "automotive industry", "auto industry", "car industry"],
      notes: [
        art(
          "Engineering managers play a critical role in automotive, where technological "
            + "advancements drive business success."
        )
      ],
      figures: []),
    Industry(
      id: .defense, name: "Defense",
      aliases: ["defense", "defence", "defense industry", "defence industry"],
      notes: [
        art(
          "Engineering managers play a critical role in defense, where technological advancements "
            + "drive business success."
        )
      ],
      figures: []),
  ]

  /// What the sources say about hiring industries as a whole.
  static let industryOverview = IndustryFacts(
    hiring: Sourced(
      [
        .manufacturing, .aerospace, .software, .construction, .healthcareTechnology,
        .pharmaceuticals, .automotive, .defense,
      ], .article),
    highestPaying: Sourced([.software, .aerospace, .pharmaceuticals], .article),
    competitivePay: Sourced([.construction, .manufacturing], .article),
    employers: Sourced(["Deloitte", "Actalent", "Black & Veatch"], .article),
    payFigures: [
      industryMean("$192,700", "scientific research and development services"),
      industryMean("$179,660", "management of companies and enterprises"),
      industryMean("$170,670", "aerospace product and parts manufacturing"),
      industryMean("$166,210", "navigational, measuring and control instruments manufacturing"),
      industryMean(
        "$154,900", "architectural and engineering services, the largest employer (51,670 jobs)"),
    ])

  /// The four MEM specializations the article lists.
  static let specializationEntries: [Specialization] = [
    Specialization(
      id: .projectManagement, name: "Project management",
      aliases: ["project management"],
      focus: art(
        "Managing large-scale engineering projects, resource allocation, budgeting, and risk "
          + "management."
      ),
      roles: [.projectManager, .engineeringProjectManager, .programManager]),
    Specialization(
      id: .operationsSupplyChain, name: "Operations and supply chain management",
      aliases: [
        "operations and supply chain management", "operations and supply chain",
        "supply chain management", "operations management", "supply chain",
      ],
      focus: art("Optimizing production processes, logistics, and supply chain efficiency."),
      roles: [.operationsManager, .supplyChainAnalyst, .logisticsEngineer]),
    Specialization(
      id: .systemsEngineering, name: "Systems engineering and integration",
      aliases: [
        "systems engineering and integration", "systems engineering", "systems integration",
      ],
      focus: art(
        "Complex systems design, integration of hardware and software, and reliability engineering."
      ),
      roles: [.systemsEngineer, .integrationManager, .rdEngineer]),
    Specialization(
      id: .productInnovation, name: "Product and innovation management",
      aliases: [
        "product and innovation management", "product and innovation", "innovation management",
        "product innovation", "product management",
      ],
      focus: art("Product lifecycle management, market-driven innovation, and R&D leadership."),
      roles: [.productManager, .rdManager, .innovationConsultant]),
  ]

  /// Pay for the field as a whole.
  static let fieldPayFigures: [Figure] = [
    Figure("$121,560", "average salary", year: "2025", source: .payscale2025),
    Figure(
      "$90,000 to $150,000+", "typical yearly salary range, varying by industry and experience",
      year: "2025", source: .article),
    Figure(
      "$167,740", "median annual pay", year: "May 2024",
      scope: "\(aem), the closest BLS occupation", source: .blsOOH2024Compiled),
    Figure(
      "$99,350", "10th percentile annual wage", year: "May 2021", scope: aem,
      source: .blsOEWS119041May2021),
    Figure(
      "$190,420", "75th percentile annual wage", year: "May 2021", scope: aem,
      source: .blsOEWS119041May2021),
  ]

  /// Skills to develop to advance, whatever the role.
  static let advancementSkillFacts: [Sourced<String>] = [
    art(
      "Combine technical expertise with managerial insight: aspiring managers need both technical "
        + "and leadership skills."
    ),
    art("Strategic thinking, strong communication and the ability to guide teams toward success."),
    art(
      "Budgeting, scheduling and conflict resolution, and carrying projects through to "
        + "completion."),
    art("Gantt charts and Agile methodologies to manage time and balance workloads."),
    art("Stakeholder communication, process optimization and technical decision-making."),
    art("Navigating complex engineering challenges while meeting business objectives."),
    art(
      "Technical leadership and business acumen, to align engineering strategy with "
        + "organizational goals."
    ),
    art("For C-suite goals: executive leadership, financial planning, and corporate strategy."),
    art("Understanding industry trends and emerging technologies, crucial for career longevity."),
    art("Continuous learning, which can accelerate career advancement."),
    Sourced(
      "Years as an engineer on complex projects, usually leading engineering teams, before "
        + "becoming a manager.", .blsOOHArchEngManagersHowToBecome),
  ]

  /// What the sources say about the job market.
  static let outlookFacts: [Sourced<String>] = [
    art(
      "The job market for engineering management remains strong, with high demand for "
        + "professionals skilled in operations management, technology leadership, and consulting."),
    art(
      "The ROI of an engineering management degree is often high, given strong career stability "
        + "and salary growth; top companies like Deloitte, Actalent and Black & Veatch "
        + "continuously post engineering management roles."),
    art("Salaries frequently exceed six figures."),
    Sourced(
      "BLS projects 4% growth for architectural and engineering managers over 2024–34.",
      .blsOOH2024Compiled),
    Sourced(
      "An older BLS edition called the growth slower than average (2021–31) but still projected "
        + "about 14,000 openings a year.", .blsOOHArchEngManagers2021),
    Sourced(
      "BLS expects total US employment to grow 3.1% over 2024–34, much slower than the prior "
        + "decade's 13.0%.", .blsMLR2026),
    Sourced(
      "BLS projects much-faster-than-average growth for computer and information technology "
        + "occupations.", .blsOOHComputerITGroup),
  ]

  /// Job and growth figures for the related occupations.
  static let outlookFigureList: [Figure] = [
    jobs("212,500", aem),
    growth("+4%", aem),
    Figure(
      "14,500", "openings a year", year: "2024–34", scope: aem, source: .fermatMind119041),
    Figure(
      "+2%", "projected employment growth", year: "2021–31", scope: aem,
      source: .blsOOHArchEngManagers2021),
    growth("+3.1%", "all occupations", source: .blsMLR2026),
    growth("+6.1%", "management occupations", source: .blsEPTable),
    Figure(
      "$122,090", "median annual wage", year: "2024", scope: "management occupations",
      source: .blsEPTable),
    jobs("1,046,300", "project management specialists"),
    growth("+6%", "project management specialists"),
    Figure(
      "77,000", "openings a year", year: "2023–33", scope: "project management specialists",
      source: .careerOneStop131082),
    jobs("550,300", "construction managers"),
    growth("+9%", "construction managers"),
    jobs("667,100", "computer and information systems managers"),
    growth("+15%", "computer and information systems managers"),
    Figure(
      "46,900", "openings a year", year: "2022–32",
      scope: "computer and information systems managers", source: .blsOOHCISManagers2022),
    growth("+4.4%", "general and operations managers", source: .blsEPTable),
    Figure(
      "308,700", "openings a year", year: "2024–34", scope: "general and operations managers",
      source: .blsEPTable),
    Figure(
      "317,700", "openings a year", year: "2024–34",
      scope: "computer and information technology occupations", source: .blsOOHComputerITGroup),
    jobs("241,000", "logisticians"),
    growth("+17%", "logisticians"),
    growth("+2%", "industrial production managers"),
    growth("+11%", "industrial engineers"),
    growth("+4%", "natural sciences managers"),
  ]
}
