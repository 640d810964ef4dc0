extension KnowledgeBase {
  /// The ladder stage by stage, as the article lays it out.
  static let ladderStages: [LadderStage] = [
    LadderStage(
      stage: .early, name: "Entry level",
      summary: Sourced(
        "Entry-level roles in engineering management include staff engineer, project engineer "
          + "and junior project manager; professionals build hands-on technical experience in "
          + "sectors like civil, mechanical, software or electrical engineering, plus managerial "
          + "skills like project coordination.", .article),
      roles: [.staffEngineer, .projectEngineer, .juniorProjectManager],
      typicalTime: .notInSources),
    LadderStage(
      stage: .mid, name: "Mid level",
      summary: Sourced(
        "With experience, professionals move into roles such as project engineer, project manager "
          + "or engineering project manager, balancing technical skills with budgeting, "
          + "scheduling, risk assessment and team leadership, and start to oversee small teams "
          + "and budgets.", .article),
      roles: [.projectEngineer, .projectManager, .engineeringProjectManager],
      typicalTime: .known(
        "Between five and eight years, depending on specific industry requirements.", .article)),
    LadderStage(
      stage: .advanced, name: "Advanced leadership",
      summary: Sourced(
        "At the advanced leadership level, professionals take on roles like engineering manager, "
          + "principal engineer, senior engineering manager or engineering director, which "
          + "require technical leadership and business acumen; the article also names "
          + "construction manager and operations manager as leadership roles for seasoned "
          + "professionals.", .article),
      roles: [
        .engineeringManager, .principalEngineer, .seniorEngineeringManager, .engineeringDirector,
        .operationsManager, .constructionManager,
      ],
      typicalTime: .known(
        "BLS lists 5 years or more of related work experience for architectural and engineering "
          + "managers, whose O*NET sample titles include Engineering Manager and Director of "
          + "Engineering.",
        .blsOOH2024Compiled)),
    LadderStage(
      stage: .executive, name: "Executive",
      summary: Sourced(
        "Beyond director, the article names senior engineering director as a next step for "
          + "engineering managers, and VP of engineering and chief technology officer as next "
          + "steps for directors; for these C-suite positions, experience in executive "
          + "leadership, financial planning, and corporate strategy is key.", .article),
      roles: [.seniorEngineeringDirector, .vpEngineering, .cto],
      typicalTime: .known(
        "BLS: a CTO may need more than 15 years of IT experience before being considered.",
        .blsOOHCISManagersHowToBecome)),
  ]

  /// The article's summary progression.
  static let summaryProgression = Sourced<[RoleID]>(
    [.projectEngineer, .engineeringManager, .engineeringDirector], .article)

  /// The article's engineering manager versus engineering director table, row by row.
  static let managerDirectorRows: [ComparisonRow] = [
    ComparisonRow(
      dimension: "Scope",
      manager: "Manages a specific team or department within engineering, overseeing day-to-day "
        + "technical execution, team performance and project deliverables.",
      director: "Manages multiple teams or an entire engineering division, aligning engineering "
        + "goals with business objectives and high-level strategy.",
      source: .article),
    ComparisonRow(
      dimension: "Decisions",
      manager: "Leads engineers and makes key decisions on project planning, task assignments "
        + "and process improvements.",
      director: "Makes high-level decisions, setting the long-term technical vision and working "
        + "closely with executives so engineering follows company strategy.",
      source: .article),
    ComparisonRow(
      dimension: "Focus",
      manager: "More of a tactical focus.",
      director: "More of a strategic focus.",
      source: .article),
    ComparisonRow(
      dimension: "Collaborators",
      manager: "Works closely with product managers, designers and other engineering teams to "
        + "execute projects.",
      director: "Collaborates with executives, finance, HR and business leaders to shape "
        + "policies, budgets and company-wide initiatives.",
      source: .article),
    ComparisonRow(
      dimension: "Budgets",
      manager: "May have some budget responsibilities, but mainly focuses on team management and "
        + "project execution.",
      director: "Manages budgets for multiple teams or departments, making high-level financial "
        + "and operational decisions.",
      source: .article),
    ComparisonRow(
      dimension: "Technology",
      manager: "Implements existing technologies and processes while optimizing performance.",
      director: "Drives technological innovation by evaluating new tools, processes and industry "
        + "trends to keep the company competitive.",
      source: .article),
    ComparisonRow(
      dimension: "Reports to",
      manager: "An engineering director or the VP of engineering.",
      director: "The VP of engineering, the CTO or the CEO.",
      source: .article),
    ComparisonRow(
      dimension: "Next steps",
      manager: "Senior engineering director or engineering director.",
      director: "VP of engineering or chief technology officer (CTO).",
      source: .article),
  ]
}
