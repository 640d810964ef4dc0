/// A statement from the seed article.
private func art(_ text: String) -> Sourced<String> { Sourced(text, .article) }

/// A May 2024 BLS median from the compiled Occupational Outlook Handbook.
private func median(_ amount: String, _ scope: String) -> Figure {
  Figure(amount, "median annual pay", year: "May 2024", scope: scope, source: .blsOOH2024Compiled)
}

/// The management skills the article says an MEM or a technical MBA equips people with.
private let managementSkills = [
  "Project planning", "Operations", "Finance", "Problem-solving", "Decision-making", "Leadership",
].map(art)

/// BLS on which master's technical-track and general managers choose.
private let masterChoice = Sourced(
  "Managers who stay on the technical track tend to choose an MEM or a master's in technology "
    + "management (MSTM), those seeking general management an MBA; employers sometimes pay.",
  SourceID.blsOOHArchEngManagersHowToBecome)

extension KnowledgeBase {
  /// The bachelor's, the MEM and the MBA.
  static let degreeEntries: [Degree] = [
    Degree(
      id: .bachelors, name: "Bachelor's degree",
      aliases: [
        "bachelor's", "bachelors", "bachelor", "bachelor's degree", "bachelors degree",
        "undergraduate degree", "undergrad", "bs", "bsc", "b.s.", "bachelor of science",
      ],
      summary: art(
        "The usual foundation: a bachelor's degree in a discipline like mechanical, electrical, "
          + "civil or industrial engineering gives graduates the technical expertise to secure "
          + "early career roles."),
      duration: .notInSources,
      teaches: [art("The technical expertise needed to secure early career roles")],
      value: [
        Sourced(
          "BLS lists a bachelor's degree, with 5 years or more of related work experience, as the "
            + "typical entry for architectural and engineering managers.", .blsOOH2024Compiled),
        Sourced(
          "A bachelor's degree is typical for construction managers.",
          .blsOOHConstructionManagers2023),
        Sourced(
          "In O*NET's education survey for architectural and engineering managers, 57.18% of "
            + "respondents said the job needs a bachelor's degree and 31.97% a master's.",
          .theQWork119041),
      ],
      figures: []),
    Degree(
      id: .mem, name: "Master of Engineering Management (MEM)",
      aliases: [
        "mem", "master of engineering management", "masters in engineering management",
        "master's in engineering management", "engineering management degree",
        "master's degree in engineering management", "masters degree in engineering management",
        "engineering management master's", "msem", "mem degree", "mem program",
      ],
      summary: art(
        "An advanced degree that integrates business strategy with technical knowledge, "
          + "combining engineering principles with project management and leadership."),
      duration: .known("One to two years, depending on the program.", .article),
      teaches: managementSkills + [
        Sourced(
          "Typical courses, per BLS: accounting, engineering economics, financial management, "
            + "industrial and human-resources management, and quality control.",
          .blsOOHArchEngManagersHowToBecome),
        Sourced(
          "At Duke: core courses such as finance, marketing, management, and IP/business law and "
            + "entrepreneurship, technical electives, and a required internship with a written "
            + "report and presentation (6 credits).", .dukeMEMCurriculum),
        Sourced(
          "At Dartmouth: offered with the Tuck business school, whose faculty teach 5 of the 10 "
            + "required courses; engineering, optimization, technology assessment, project "
            + "management and core business.", .dartmouthMEMFAQ),
        Sourced(
          "At Northwestern: at least 12 courses, 7 of them core (management, quantitative "
            + "analysis, behavioral science) and at least 2 advanced engineering courses.",
          .northwesternMEM),
      ],
      value: [
        art("It can accelerate your path into engineering management."),
        art("It can greatly enhance earning potential."),
        art(
          "Its return on investment (ROI) is often high, given strong career stability and "
            + "salary growth, as top companies continuously post engineering management roles."),
        art("It opens specialized roles in R&D, product development and operations management."),
        masterChoice,
        Sourced(
          "Duke designs its MEM for people with five years or less of full-time experience, "
            + "including new graduates.", .dukeMEMFAQ),
      ],
      figures: []),
    Degree(
      id: .mba, name: "Master of Business Administration (MBA)",
      aliases: [
        "mba", "master of business administration", "masters in business administration",
        "master's in business administration", "mba degree",
      ],
      summary: art(
        "A business master's; the article says an MBA with a technical focus, like an MEM, "
          + "equips professionals with management skills such as project planning, operations "
          + "and finance."),
      duration: .known(
        "About 2 years beyond the bachelor's degree, longer if studied part-time.",
        .blsOOHCISManagersHowToBecome),
      teaches: managementSkills,
      value: [
        Sourced(
          "MBA graduates earn on average around $30,000 more than other experienced, "
            + "direct-from-industry hires.", .gmac2024),
        masterChoice,
        Sourced(
          "Top executives usually have a bachelor's or master's in a field such as business or "
            + "engineering; executives of large corporations may hold an MBA.",
          .blsOOHTopExecutivesEducation),
        Sourced(
          "Many computer and information systems managers hold a graduate degree, and an MBA is "
            + "common.", .blsOOHCISManagersHowToBecome),
      ],
      figures: [
        Figure(
          "around $30,000",
          "more on average for MBA graduates than for other experienced, direct-from-industry "
            + "hires",
          year: "2024", source: .gmac2024),
        Figure(
          "$115,000", "median base starting salary US companies planned for new MBA hires",
          year: "2019", source: .gmac2019),
        Figure(
          "$75,000", "median base starting salary planned for direct-from-industry hires",
          year: "2019", source: .gmac2019),
        Figure(
          "$55,000", "median base starting salary planned for new bachelor's hires", year: "2019",
          source: .gmac2019),
        Figure(
          "$115,000", "projected median MBA salary, back to its pre-pandemic level", year: "2021",
          source: .insideHigherEdGMAC2021),
      ]),
  ]

  /// Facts on education in general.
  static let educationFacts: [Sourced<String>] = [
    art(
      "A strong foundation often begins with a bachelor's degree in disciplines like mechanical, "
        + "electrical, civil or industrial engineering."),
    art(
      "The first step from engineer to engineering manager is getting on the right education "
        + "path: many pursue an engineering management degree or program that integrates "
        + "business strategy with technical knowledge."),
    art("A master's degree in engineering management or a related field can accelerate your path."),
    art(
      "An MEM, or an MBA with a technical focus, teaches project planning, operations, finance, "
        + "problem-solving, decision-making and leadership, skills useful from the early career "
        + "stages."),
    Sourced(
      "Many engineering managers add business skills with an MEM (MsEM), a master's in "
        + "technology management (MSTM) or an MBA, before or during management.",
      .blsOOHArchEngManagersHowToBecome),
    Sourced(
      "O*NET places architectural and engineering managers in Job Zone Five: extensive "
        + "preparation, with many such jobs needing over five years of experience and often "
        + "graduate school.", .readySetCollege119041),
    Sourced(
      "Engineering management master's degrees usually take one to two years of full-time study.",
      .okCollegeStartMEM),
    Sourced(
      "Duke's campus MEM can be finished in one year (two semesters) or stretched to three "
        + "semesters; about 10% of campus students study part-time.", .dukeMEMFlexible),
    Sourced(
      "Dartmouth's MEM typically takes 15 months: classes from fall to spring, a summer "
        + "internship and a final fall term, with at least 3 terms in residence.",
      .dartmouthMEMFAQ),
    Sourced(
      "Project management specialists typically hold a bachelor's degree in one of several "
        + "fields, such as business or project management.",
      .blsOOHProjectManagementSpecialists2021),
    Sourced(
      "Industrial engineers typically need a bachelor's degree in industrial engineering or a "
        + "related field such as mechanical or electrical engineering.",
      .blsOOHIndustrialEngineers2023),
  ]

  /// The engineering disciplines people start from, with the article's paths.
  static let disciplineEntries: [Discipline] = [
    Discipline(
      id: .mechanical, name: "Mechanical engineering",
      aliases: ["mechanical", "mechanical engineering", "mechanical engineer", "mech eng"],
      paths: [art("Manufacturing management, overseeing production processes and supply chains")],
      industries: [.manufacturing],
      figures: [
        median("$102,320", "mechanical engineers"),
        median("$121,440", "industrial production managers, a related BLS management occupation"),
      ]),
    Discipline(
      id: .electrical, name: "Electrical engineering",
      aliases: ["electrical", "electrical engineering", "electrical engineer", "ee"],
      paths: [
        art(
          "Engineering management: electrical engineering is among the fields the article says "
            + "eagerly hire engineering managers"
        ),
        art("Entry-level roles in electrical engineering build hands-on technical experience"),
      ],
      industries: [],
      figures: [median("$118,780", "electrical and electronics engineers")]),
    Discipline(
      id: .civil, name: "Civil engineering",
      aliases: ["civil", "civil engineering", "civil engineer"],
      paths: [
        art(
          "Construction management: leading large-scale construction projects that comply with "
            + "safety regulations and sustainability standards")
      ],
      industries: [.construction],
      figures: [
        median("$99,590", "civil engineers"),
        median("$106,980", "construction managers, a related BLS management occupation"),
      ]),
    Discipline(
      id: .industrial, name: "Industrial engineering",
      aliases: ["industrial", "industrial engineering", "industrial engineer"],
      paths: [
        art(
          "Engineering management: a bachelor's in industrial engineering is one of the article's "
            + "foundations"
        ),
        art("Specializing based on an industrial engineering background"),
      ],
      industries: [],
      figures: [median("$101,140", "industrial engineers")]),
    Discipline(
      id: .software, name: "Software engineering",
      aliases: [
        "software engineering", "software engineer", "software developer", "swe",
      ],
      paths: [art("Software project management"), art("Technology consulting")],
      industries: [.software],
      figures: [
        median("$131,450", "software developers, quality assurance analysts and testers"),
        median(
          "$171,200",
          "computer and information systems managers, a related BLS management occupation"),
      ]),
  ]
}
