/// A statement from the seed article.
private func art(_ text: String) -> Sourced<String> { Sourced(text, .article) }

extension KnowledgeBase {
  /// PMP, EIT, CPE, CSM and Lean Six Sigma.
  static let certificationEntries: [Certification] = [
    Certification(
      id: .pmp, name: "Project Management Professional (PMP)",
      aliases: ["pmp", "project management professional", "pmp certification", "pmp certificate"],
      summary: art(
        "A project-management certification the article recommends, with hands-on experience in "
          + "engineering project management, for advancing toward management."),
      issuer: .known("Project Management Institute (PMI)", .pmiHKExamTaking),
      requirements: [
        Sourced(
          "With a four-year degree, 36 months of non-overlapping project experience in the last "
            + "8 years; with a high-school or associate's degree, 60 months; both also need 35 "
            + "contact hours of project-management education or a CAPM.", .pmPrepCastEligibility),
        Sourced(
          "An older, hours-based version of the rule: a four-year degree plus 4,500 hours leading "
            + "projects, or a secondary degree plus 7,500 hours, and 35 hours of education.",
          .pmiHKExamApplication),
        Sourced(
          "The exam has 180 questions (5 unscored) in 230 minutes, in three sections with two "
            + "optional 10-minute breaks; candidates have one year after approval to pass.",
          .pmiHKExamTaking),
        Sourced(
          "Holders earn 60 professional development units (PDUs) every three years to keep it.",
          .lynchpinPMP),
      ],
      value: [
        art(
          "It can enhance and expand career prospects, because ethical responsibilities such as "
            + "safety regulations and stakeholder management are fundamental in engineering "
            + "project management."),
        art("It can enhance credibility and may open doors to higher management positions."),
        Sourced(
          "US PMP holders report a median salary about 24% higher than non-holders.",
          .pmiEarningPower14),
        Sourced(
          "Certification is not always required for project management specialists, but may help.",
          .blsOOHProjectManagementSpecialists2021),
      ],
      figures: [
        Figure(
          "$135,000", "US median salary of PMP holders (versus $109,157 without)", year: "2025",
          source: .pmiEarningPower14),
        Figure(
          "$173,000", "US median salary of those certified 10+ years (versus $123,000 under 5)",
          year: "2025", source: .pmiEarningPower14),
        Figure(
          "+16%", "higher median salary for PMP holders across 40 countries", year: "2021",
          source: .pmiEarningPower12),
        Figure(
          "$112,000", "US median salary of project managers in the engineering industry",
          year: "2015", source: .pmiEarningPower9),
      ],
      helps: [
        .staffEngineer, .projectEngineer, .juniorProjectManager, .projectManager,
        .engineeringProjectManager, .engineeringManager, .seniorEngineeringManager,
      ]),
    Certification(
      id: .eit, name: "Engineer in Training (EIT)",
      aliases: [
        "eit", "engineer in training", "engineer-in-training", "engineer intern", "fe exam",
        "fundamentals of engineering exam", "fundamentals of engineering",
      ],
      summary: Sourced(
        "The designation earned by passing the Fundamentals of Engineering (FE) exam: the "
          + "candidate becomes an Engineer Intern (EI) or Engineer-in-Training (EIT).",
        .asabeFEExam),
      issuer: .known(
        "State engineering licensing boards, through the NCEES Fundamentals of Engineering (FE) "
          + "exam; NCEES has 69 member licensing boards.", .ncees100),
      requirements: [
        Sourced(
          "The FE exam is aimed at recent graduates and students close to finishing an "
            + "engineering degree.", .asabeFEExam),
        Sourced(
          "The FE is computer-based, year-round at NCEES-approved Pearson VUE centers: a 6-hour "
            + "appointment with 110 questions in 5 hours 20 minutes.", .asabeFEExam),
        Sourced(
          "Licensure path: an ABET-accredited engineering degree, the FE exam, acceptable "
            + "experience (typically at least four years, usually under a P.E.), then the PE exam.",
          .nceesLicensure),
      ],
      value: [
        art(
          "The article lists it among the certifications career advancement frequently involves."),
        Sourced(
          "Passing the FE is the first exam on the path to a Professional Engineer (P.E.) license.",
          .nceesLicensure),
      ],
      figures: [
        Figure(
          "$225", "FE exam registration fee per attempt", year: "May 2026",
          source: .legalClarityFE)
      ],
      helps: [
        .staffEngineer, .projectEngineer, .juniorProjectManager, .projectManager,
        .engineeringProjectManager,
      ]),
    Certification(
      id: .cpe, name: "Certified Planning Engineer (CPE)",
      aliases: ["cpe", "certified planning engineer"],
      summary: art(
        "A certification the article lists among those career advancement frequently involves."),
      issuer: .notInSources,
      requirements: [],
      value: [
        art(
          "The article lists the Certified Planning Engineer (CPE) but names no issuing body, and "
            + "no issuing body for a credential with this exact name was found."),
        Sourced(
          "Not to be confused with ASPE's CPE, the Certified Professional Estimator: an estimating "
            + "credential (technical paper plus exams), not a planning-engineer one.",
          .aspeCPEHandbook),
        Sourced(
          "A confirmed planning credential is AACE International's Planning & Scheduling "
            + "Professional (PSP), whose exam was created in 2004 and accredited by CESB in 2007.",
          .aacePSPBrochure),
      ],
      figures: [],
      helps: [.projectEngineer, .projectManager, .engineeringProjectManager]),
    Certification(
      id: .csm, name: "Certified ScrumMaster (CSM)",
      aliases: [
        "csm", "certified scrummaster", "certified scrum master", "scrum master", "scrummaster",
      ],
      summary: Sourced(
        "Scrum Alliance's Certified ScrumMaster credential, earned through a two-day course and "
          + "a test.", .scrumAllianceCSM),
      issuer: .known("Scrum Alliance", .scrumAllianceCSM),
      requirements: [
        Sourced(
          "A two-day CSM course taught by a Certified Scrum Trainer; Scrum Alliance does not "
            + "certify without it.", .scrumAllianceCSM),
        Sourced(
          "A test of 50 multiple-choice questions in 60 minutes, passed with 37 correct; two free "
            + "attempts within 90 days, then $25 per attempt.", .scrumAllianceCSM),
        Sourced("The certification is valid for two years.", .scrumAllianceCSM),
      ],
      value: [
        art(
          "The article lists it among the certifications career advancement frequently involves."),
        art(
          "Successful engineering managers use Agile methodologies to manage time and balance "
            + "workloads."
        ),
      ],
      figures: [],
      helps: [.projectEngineer, .projectManager, .engineeringProjectManager]),
    Certification(
      id: .leanSixSigma, name: "Lean Six Sigma",
      aliases: [
        "lean six sigma", "six sigma", "lss", "green belt", "black belt",
        "lean six sigma certification", "six sigma green belt", "six sigma black belt",
      ],
      summary: art(
        "A certification the article recommends, with PMP, as a step to advance early in the "
          + "career."),
      issuer: .known(
        "No single issuer: ASQ, IASSC (through PeopleCert) and LSSA, among others, certify "
          + "Lean Six Sigma belts.", .peopleCertIASSC),
      requirements: [
        Sourced(
          "ASQ Green Belt: 3 years of full-time paid work in the Green Belt body of knowledge (no "
            + "education waivers); a 110-question exam (100 scored) in 4.5 hours.", .asqCSSGB),
        Sourced(
          "ASQ counts only full-time paid work; internships, co-ops and coursework do not count.",
          .asqCertFAQ),
        Sourced(
          "ASQ Black Belt: two completed projects with signed affidavits, or one project plus 3 "
            + "years of relevant work; a Green Belt is not required first.", .asqCSSBB),
        Sourced(
          "IASSC: no prerequisites, training or project proof; belts are recertified within 3 "
            + "years.",
          .peopleCertIASSC),
        Sourced(
          "LSSA Green Belt: a 60-question open-book exam in 180 minutes (pass at 63%) plus two "
            + "signed-off DMAIC projects with meaningful yearly savings, within 3 years.",
          .lssaGreenBelt),
      ],
      value: [
        art("With PMP, one of the certifications the article suggests to advance your career.")
      ],
      figures: [],
      helps: [.staffEngineer, .projectEngineer, .juniorProjectManager]),
  ]

  /// Facts on certifications in general.
  static let certificationFacts: [Sourced<String>] = [
    art(
      "Career advancement frequently involves professional certifications such as PMP, EIT, CPE "
        + "and CSM."),
    art(
      "Early on, hands-on experience in engineering project management plus a certification such "
        + "as Lean Six Sigma or PMP helps you advance."),
    art(
      "A PMP or an engineering management credential can enhance credibility and may open doors "
        + "to higher management positions."),
    art("A relevant certification enhances professional growth and job prospects."),
    Sourced(
      "For project management specialists, certification is not always required but may help.",
      .blsOOHProjectManagementSpecialists2021),
  ]
}
