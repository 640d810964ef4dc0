/// A statement from the seed article.
private func art(_ text: String) -> Sourced<String> { Sourced(text, .article) }

/// BLS median pay for project management specialists, the closest occupation for the
/// project-management titles.
private func pmSpecialistsPay(_ scope: String) -> Known<[Figure]> {
  .known(
    [
      Figure(
        "$100,750", "median annual pay", year: "May 2024", scope: scope,
        source: .blsOOH2024Compiled)
    ],
    .blsOOH2024Compiled)
}

/// The article's skills for the entry-level roles.
private let entrySkills = [
  art("Technical abilities, combined with communication skills to collaborate with teams"),
  art("Project coordination, a managerial skill gained hands-on"),
  art("Efficient execution of key projects"),
]

/// The article's skills for the mid-level roles.
private let midSkills = [
  art("A balance of technical skills and managerial abilities"),
  art("Budgeting, scheduling, risk assessment and team leadership"),
  art("Stakeholder communication, process optimization and technical decision-making"),
  art("Navigating complex engineering challenges while meeting business objectives"),
]

/// The article's entry-level education: a bachelor's in an engineering discipline.
private let entryEducation: Known<String> = .known(
  "A bachelor's degree in a discipline like mechanical, electrical, civil or industrial "
    + "engineering is the usual foundation; an MEM or a technically focused MBA builds the "
    + "management skills used early on.", .article)

/// The article's mid-level education note.
private let midEducation: Known<String> = .known(
  "Some professionals at this stage pursue a master's-level degree in engineering management "
    + "to refine their expertise.", .article)

/// The article's five-to-eight-year move into mid-level roles.
private let midExperience: Known<String> = .known(
  "A mid-level role: moving up from entry-level roles can take between five and eight years, "
    + "depending on industry requirements.", .article)

extension KnowledgeBase {
  /// Entry-level and mid-level roles of the article's ladder.
  static let earlyRoles: [Role] = [
    Role(
      id: .staffEngineer, title: "Staff engineer", aliases: ["staff engineer", "staff eng"],
      stage: .early,
      summary: art(
        "An entry-level role in engineering management where professionals build hands-on "
          + "technical experience in sectors like civil, mechanical, software or electrical "
          + "engineering, along with first managerial skills such as project coordination."),
      duties: [
        art("Hands-on technical engineering work"),
        art("Project coordination"),
        art("Collaborating with teams to execute key projects"),
      ],
      focus: .known(.technical, .article), reportsTo: .notInSources,
      nextSteps: .known([.projectEngineer, .projectManager, .engineeringProjectManager], .article),
      experience: .known("Entry level: the article lists it among entry-level roles.", .article),
      skills: entrySkills, certifications: .known([.pmp, .leanSixSigma, .eit], .article),
      education: entryEducation, pay: .notInSources, specializations: [], industries: []),
    Role(
      id: .projectEngineer, title: "Project engineer",
      aliases: ["project engineer", "pe", "project eng"], stage: .early,
      summary: art(
        "An entry-level role that the article also lists among mid-level roles; it is the first "
          + "step of the article's summary progression, project engineer → engineering "
          + "manager → engineering director."),
      duties: [
        art("Hands-on technical engineering work"),
        art("Project coordination"),
        art("At mid level, overseeing small teams and budgets in preparation for senior roles"),
      ],
      focus: .known(.technical, .article), reportsTo: .notInSources,
      nextSteps: .known(
        [.engineeringManager, .projectManager, .engineeringProjectManager], .article),
      experience: .known(
        "Entry level, and also reached as a mid-level role; the move to mid-level roles can take "
          + "between five and eight years, depending on industry requirements.", .article),
      skills: entrySkills + midSkills,
      certifications: .known([.pmp, .leanSixSigma, .eit, .cpe, .csm], .article),
      education: entryEducation, pay: .notInSources, specializations: [], industries: []),
    Role(
      id: .juniorProjectManager, title: "Junior project manager",
      aliases: [
        "junior project manager", "junior pm", "jr pm", "jr project manager",
        "associate project manager", "associate pm",
      ],
      stage: .early,
      summary: art(
        "An entry-level role in engineering management that combines technical abilities with "
          + "communication skills, so the work gets done with teams and key projects are "
          + "executed efficiently."),
      duties: [
        art("Project coordination"),
        art("Collaborating with teams to execute key projects"),
        art("Hands-on technical experience in an engineering sector"),
      ],
      focus: .notInSources, reportsTo: .notInSources,
      nextSteps: .known([.projectEngineer, .projectManager, .engineeringProjectManager], .article),
      experience: .known("Entry level: the article lists it among entry-level roles.", .article),
      skills: entrySkills, certifications: .known([.pmp, .leanSixSigma, .eit], .article),
      education: entryEducation,
      pay: pmSpecialistsPay(
        "project management specialists at every level, the closest BLS occupation; "
          + "not specific to junior roles"),
      specializations: [], industries: []),
    Role(
      id: .projectManager, title: "Project manager",
      aliases: ["project manager", "pm", "project mgr", "proj manager"], stage: .mid,
      summary: art(
        "A mid-level role that balances technical skills with managerial abilities; it is also "
          + "a role of the MEM project management specialization, which focuses on managing "
          + "large-scale engineering projects."),
      duties: [
        art("Overseeing small teams and budgets, often in preparation for more senior roles"),
        art("Budgeting, scheduling and risk assessment"),
        art("Managing large-scale engineering projects and allocating resources"),
      ],
      focus: .notInSources, reportsTo: .notInSources,
      nextSteps: .known([.engineeringManager, .principalEngineer], .article),
      experience: midExperience, skills: midSkills,
      certifications: .known([.pmp, .eit, .cpe, .csm], .article), education: midEducation,
      pay: pmSpecialistsPay("project management specialists, the closest BLS occupation"),
      specializations: [.projectManagement], industries: []),
    Role(
      id: .engineeringProjectManager, title: "Engineering project manager",
      aliases: [
        "engineering project manager", "engineering pm", "eng project manager", "eng pm",
      ],
      stage: .mid,
      summary: art(
        "A mid-level role running engineering projects, balancing technical skills with "
          + "budgeting, scheduling, risk assessment and team leadership; a role of the MEM "
          + "project management specialization."),
      duties: [
        art("Overseeing small teams and budgets, often in preparation for more senior roles"),
        art("Managing large-scale engineering projects: resource allocation, budgeting and risk"),
        art(
          "Stakeholder management and safety regulations, ethical responsibilities that are "
            + "fundamental in engineering project management"),
      ],
      focus: .notInSources, reportsTo: .notInSources,
      nextSteps: .known([.engineeringManager, .principalEngineer], .article),
      experience: midExperience, skills: midSkills,
      certifications: .known([.pmp, .eit, .cpe, .csm], .article), education: midEducation,
      pay: pmSpecialistsPay("project management specialists, the closest BLS occupation"),
      specializations: [.projectManagement], industries: []),
  ]
}
