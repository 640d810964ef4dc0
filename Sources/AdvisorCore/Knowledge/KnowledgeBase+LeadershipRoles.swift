/// A statement from the seed article.
private func art(_ text: String) -> Sourced<String> { Sourced(text, .article) }

/// BLS median pay for architectural and engineering managers, with the scope saying why
/// it stands for the role.
private func engineeringManagersMedian(_ scope: String) -> Figure {
  Figure(
    "$167,740", "median annual pay", year: "May 2024", scope: scope, source: .blsOOH2024Compiled)
}

/// BLS's experience requirement for architectural and engineering managers.
private func engineeringManagersExperience(_ who: String) -> Known<String> {
  .known(
    "BLS lists 5 years or more of related work experience (as an engineer or architect) for "
      + "architectural and engineering managers, \(who); the article gives no figure.",
    .blsOOH2024Compiled)
}

/// Every industry the article names as hiring engineering managers.
private let allIndustries = IndustryID.allCases

/// The article's C-suite requirements, shared by the VP of engineering and the CTO.
private let executiveSkills = [
  art("Executive leadership"),
  art("Financial planning"),
  art("Corporate strategy"),
  art(
    "A deep understanding of industry trends, emerging technologies and business growth "
      + "strategies"),
]

extension KnowledgeBase {
  /// Advanced and executive roles of the article's ladder.
  static let leadershipRoles: [Role] = [
    Role(
      id: .engineeringManager, title: "Engineering manager",
      aliases: [
        "engineering manager", "em", "eng manager", "eng mgr", "engineering mgr",
        "manager of engineers", "engineer manager", "manager",
      ],
      stage: .advanced,
      summary: art(
        "Manages a specific team or department within engineering, overseeing day-to-day "
          + "technical execution, team performance and project deliverables; the bridge between "
          + "technical experience and business operations."),
      duties: [
        art(
          "Teams: lead, mentor and support engineers so they have the resources and guidance to "
            + "succeed"
        ),
        art(
          "Budgets: manage project and departmental budgets, optimizing resources while "
            + "controlling costs"
        ),
        art("Project timelines: oversee planning to keep projects on schedule and head off delays"),
        art(
          "Cross-functional collaboration: connect engineering with other departments to align "
            + "technical and business goals"),
        art("Key decisions on project planning, task assignments and process improvements"),
        art("Implementing existing technologies and processes while optimizing performance"),
        Sourced(
          "Preparing budgets, bids and contracts, and directing the recruiting and evaluation of "
            + "project staff (O*NET tasks for architectural and engineering managers)",
          .onet119041),
      ],
      focus: .known(.tactical, .article),
      reportsTo: .known([.role(.engineeringDirector), .role(.vpEngineering)], .article),
      nextSteps: .known(
        [.seniorEngineeringDirector, .engineeringDirector, .seniorEngineeringManager], .article),
      experience: engineeringManagersExperience("the occupation engineering managers belong to"),
      skills: [
        art(
          "Technical leadership and business acumen, to align engineering strategy with "
            + "organizational goals"
        ),
        art("Budgeting, scheduling and conflict resolution"),
        art("Gantt charts and Agile methodologies, to manage time and balance workloads"),
        art("Working closely with product managers, designers and other engineering teams"),
      ],
      certifications: .known([.pmp], .article),
      education: .known(
        "Many engineering managers add business skills with a master's in engineering management "
          + "(MEM), in technology management (MSTM) or an MBA, before or during management; "
          + "employers sometimes pay for it.", .blsOOHArchEngManagersHowToBecome),
      pay: .known(
        [
          Figure("$121,560", "average salary", year: "2025", source: .payscale2025),
          Figure(
            "$90,000 to $150,000+",
            "typical yearly salary range, varying by industry and experience",
            year: "2025", source: .article),
          engineeringManagersMedian(
            "architectural and engineering managers, the closest BLS occupation"),
        ], .payscale2025),
      specializations: [], industries: allIndustries),
    Role(
      id: .principalEngineer, title: "Principal engineer",
      aliases: ["principal engineer", "principal eng", "principal"], stage: .advanced,
      summary: art(
        "An advanced leadership role, alongside engineering manager, senior engineering manager "
          + "and engineering director, that requires technical leadership and business acumen to "
          + "align engineering strategies with organizational goals."),
      duties: [
        art("Aligning engineering strategies with organizational goals"),
        Sourced(
          "Coordinating and integrating technical work on projects, and directing, reviewing and "
            + "approving design changes (O*NET tasks for architectural and engineering managers, "
            + "whose sample titles include Principal Engineer)", .onet119041),
      ],
      focus: .notInSources, reportsTo: .notInSources, nextSteps: .notInSources,
      experience: engineeringManagersExperience(
        "whose O*NET sample titles include Principal Engineer"),
      skills: [art("Technical leadership"), art("Business acumen")],
      certifications: .notInSources, education: .notInSources,
      pay: .known(
        [
          engineeringManagersMedian(
            "architectural and engineering managers, the closest BLS occupation (O*NET lists "
              + "Principal Engineer among its sample titles)")
        ], .blsOOH2024Compiled),
      specializations: [], industries: []),
    Role(
      id: .seniorEngineeringManager, title: "Senior engineering manager",
      aliases: [
        "senior engineering manager", "senior em", "sr em", "senior eng manager",
        "sr engineering manager", "senior manager",
      ],
      stage: .advanced,
      summary: art(
        "An advanced leadership role that engineering managers who excel often progress to, "
          + "handling more extensive projects and mentoring emerging leaders."),
      duties: [art("Handling more extensive projects"), art("Mentoring emerging leaders")],
      focus: .notInSources, reportsTo: .notInSources, nextSteps: .notInSources,
      experience: .known("Reached by engineering managers who excel in that role.", .article),
      skills: [
        art("Strategic thinking"),
        art("Strong communication"),
        art("The ability to guide teams towards success"),
        art("Technical leadership and business acumen"),
      ],
      certifications: .known([.pmp], .article), education: .notInSources, pay: .notInSources,
      specializations: [], industries: []),
    Role(
      id: .engineeringDirector, title: "Engineering director",
      aliases: [
        "engineering director", "director of engineering", "eng director", "engineering dir",
        "director",
      ],
      stage: .advanced,
      summary: art(
        "Leads multiple teams or an entire engineering division and plays a strategic role in "
          + "shaping the organization's engineering vision, aligning engineering goals with "
          + "business objectives and high-level strategy."),
      duties: [
        art(
          "Resource allocation: distribute personnel, budget and technology to support business "
            + "objectives"
        ),
        art("Strategic planning: long-term engineering roadmaps aligned with company goals"),
        art("Risk management: spot technical and operational risks and mitigate them early"),
        art(
          "High-level stakeholder communication with executives, investors and other stakeholders"),
        art("Contributing to organizational decision-making and company-wide strategy"),
        art("Budgets for multiple teams or departments, with high-level financial decisions"),
        art(
          "Driving technological innovation by evaluating new tools, processes and industry "
            + "trends"),
      ],
      focus: .known(.strategic, .article),
      reportsTo: .known([.role(.vpEngineering), .role(.cto), .title("CEO")], .article),
      nextSteps: .known([.vpEngineering, .cto], .article),
      experience: engineeringManagersExperience(
        "whose O*NET sample titles include Director of Engineering"),
      skills: [
        art("Technical leadership and business acumen"),
        art("High-level decision-making and setting a long-term technical vision"),
        art("Working with executives, finance, HR and business leaders on policies and budgets"),
      ],
      certifications: .notInSources,
      education: .known(
        "BLS lists a bachelor's degree as the typical entry education for architectural and "
          + "engineering managers, whose O*NET sample titles include Director of Engineering.",
        .blsOOH2024Compiled),
      pay: .known(
        [
          engineeringManagersMedian(
            "architectural and engineering managers, the closest BLS occupation (O*NET lists "
              + "Director of Engineering among its sample titles)")
        ], .blsOOH2024Compiled),
      specializations: [], industries: allIndustries),
    Role(
      id: .seniorEngineeringDirector, title: "Senior engineering director",
      aliases: [
        "senior engineering director", "senior director of engineering", "senior director",
        "sr director", "senior eng director", "sr engineering director",
      ],
      stage: .executive,
      summary: art(
        "A director-level role that the article names, with engineering director, as a common "
          + "next step for engineering managers; the article does not describe it further."),
      duties: [
        Sourced(
          "Planning, directing or coordinating engineering work: O*NET's definition of "
            + "architectural and engineering managers, whose titles include Director of "
            + "Engineering",
          .onet119041)
      ],
      focus: .notInSources, reportsTo: .notInSources, nextSteps: .notInSources,
      experience: .known(
        "A common next step for engineering managers, per the article's table.", .article),
      skills: [
        art(
          "Technical leadership and business acumen, which the article asks of leadership roles "
            + "up to director"
        )
      ],
      certifications: .notInSources, education: .notInSources, pay: .notInSources,
      specializations: [], industries: []),
    Role(
      id: .vpEngineering, title: "VP of engineering",
      aliases: [
        "vp of engineering", "vice president of engineering", "vpe", "vp eng", "vp engineering",
        "vp of eng", "engineering vp", "vp", "vice president",
      ],
      stage: .executive,
      summary: art(
        "A C-suite engineering leadership position; the article says experience in executive "
          + "leadership, financial planning, and corporate strategy is key to reaching it."),
      duties: [
        art(
          "Leading engineering at the executive level, guided by industry trends and business "
            + "growth strategies"
        ),
        art("Engineering directors report to the VP of engineering, per the article's table"),
      ],
      focus: .known(.executive, .article), reportsTo: .notInSources, nextSteps: .notInSources,
      experience: .known(
        "Experience in executive leadership, financial planning, and corporate strategy is key.",
        .article),
      skills: executiveSkills, certifications: .notInSources, education: .notInSources,
      pay: .notInSources, specializations: [], industries: []),
    Role(
      id: .cto, title: "Chief technology officer",
      aliases: ["cto", "chief technology officer", "chief technical officer"], stage: .executive,
      summary: art(
        "A C-suite position that the article names as a goal for seasoned professionals; "
          + "experience in executive leadership, financial planning, and corporate strategy is key."
      ),
      duties: [
        art(
          "Leading technology at the executive level, guided by emerging technologies and "
            + "industry trends"
        ),
        art("Engineering directors may report to the CTO, per the article's table"),
        Sourced(
          "Directing an organization's computer and information systems work: BLS lists CTOs "
            + "among the types of computer and information systems managers",
          .blsOOHCISManagersWhatTheyDo),
      ],
      focus: .known(.executive, .article), reportsTo: .notInSources, nextSteps: .notInSources,
      experience: .known(
        "BLS: a CTO may need more than 15 years of IT experience before being considered; IT "
          + "directors more often need 5 to 10 years, lower-level IT managers only a few.",
        .blsOOHCISManagersHowToBecome),
      skills: executiveSkills + [
        Sourced(
          "Computers and IT and project management (97th percentile), leadership and critical "
            + "thinking (95th), problem solving (93rd): BLS skill ranks for computer and "
            + "information systems managers", .blsEPSkills)
      ],
      certifications: .notInSources,
      education: .known(
        "BLS: many computer and information systems managers hold a graduate degree; an MBA is "
          + "common and takes about 2 years beyond the bachelor's, longer part-time.",
        .blsOOHCISManagersHowToBecome),
      pay: .known(
        [
          Figure(
            "$171,200", "median annual pay", year: "May 2024",
            scope: "computer and information systems managers, the closest BLS occupation (BLS "
              + "lists CTOs among its types)", source: .blsOOH2024Compiled)
        ], .blsOOH2024Compiled),
      specializations: [], industries: []),
  ]
}
