/// The source catalogue: one entry per `SourceID`, with the citation answers print.
extension KnowledgeBase {
  /// Every source the standard knowledge base cites, titles and URLs as
  /// `career-facts.md` gives them.
  static let sourceCatalogue: [Source] = studySources + certificationAndDegreeSources

  /// The article, the figures it cites, and the BLS and O*NET pages.
  private static let studySources: [Source] = [
    Source(
      id: .article, citation: "the article",
      title: "How to Advance in Engineering: The Path from Early Steps to Leadership Roles",
      url: nil),
    Source(
      id: .payscale2025, citation: "Payscale, cited by the article",
      title: "Payscale, Engineering Manager Salary",
      url: "https://www.payscale.com/research/US/Job=Engineering_Manager/Salary"),
    Source(
      id: .gmac2024, citation: "GMAC 2024, cited by the article",
      title: "GMAC 2024 Corporate Recruiters Survey report",
      url: "https://www.gmac.com/-/media/files/gmac/research/employment-outlook/"
        + "2024-corporate-recruiters-survey/2024_gmac_crs_report.pdf"),

    Source(
      id: .blsOOH2024Compiled, citation: "BLS Occupational Outlook Handbook",
      title: "BLS Occupational Outlook Handbook XML 2024 (compiled copy in Sco314/CareerSkills)",
      url: "https://github.com/Sco314/CareerSkills/blob/6a67fd556b6e75a29e5ca2b201ea15accaa57eb4/"
        + "data/processed/careers-full.json"),
    Source(
      id: .blsEPTable, citation: "BLS Employment Projections",
      title: "BLS Employment Projections, Occupational projections and worker characteristics",
      url: "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm"),
    Source(
      id: .blsEPSkills, citation: "BLS Employment Projections, Table 6.5",
      title: "BLS EP Table 6.5, Percentile rank of detailed occupations by skill",
      url: "https://www.bls.gov/emp/tables/percentile-rank-of-detailed-occupations-by-skill.htm"),
    Source(
      id: .blsMLR2026, citation: "BLS Monthly Labor Review",
      title: "BLS Monthly Labor Review (January 2026 item)",
      url: "https://www.bls.gov/opub/mlr"),
    Source(
      id: .blsOOHComputerITGroup, citation: "BLS Occupational Outlook Handbook (copy on csn.edu)",
      title: "BLS OOH, Computer and Information Technology occupations (copy on csn.edu)",
      url: "https://www.csn.edu/redirects/computing-and-information-technology-program-"
        + "career-outlook"),
    Source(
      id: .blsOOHArchEngManagers2021,
      citation: "BLS Occupational Outlook Handbook, 2021-data edition",
      title: "BLS OOH, Architectural and Engineering Managers (older edition)",
      url: "https://www.bls.gov/ooh/management/architectural-and-engineering-managers.htm"),
    Source(
      id: .blsOEWS119041May2021, citation: "BLS wage survey (OEWS), May 2021",
      title: "BLS OEWS 11-9041 Architectural and Engineering Managers, May 2021",
      url: "https://www.bls.gov/oes/2021/May/oes119041.htm"),
    Source(
      id: .blsOOHArchEngManagersHowToBecome,
      citation: "BLS Occupational Outlook Handbook (text reproduced on MyPlan)",
      title:
        "BLS OOH, Architectural and Engineering Managers, How to Become One (copy on MyPlan)",
      url: "https://www.myplan.com/careers/biofuels-biodiesel-technology-and-product-development-"
        + "managers/articles-11-9041.01.html?art=5"),
    Source(
      id: .blsOOHProjectManagementSpecialists2021,
      citation: "BLS Occupational Outlook Handbook, 2021-data edition",
      title: "BLS OOH, Project Management Specialists (older edition)",
      url: "https://stats.bls.gov/ooh/business-and-financial/project-management-specialists.htm"),
    Source(
      id: .careerOneStop131082, citation: "CareerOneStop (US Department of Labor)",
      title: "CareerOneStop, Projected Employment, Project Management Specialists (13-1082)",
      url: "https://stagechatbotapi.careeronestop.org/Toolkit/StateAndLocal/ProjectedEmployment"
        + ".aspx?location=US&national=True&soccode=131082"),
    Source(
      id: .blsOOHConstructionManagers2023,
      citation: "BLS Occupational Outlook Handbook, 2023-data edition",
      title: "BLS OOH, Construction Managers",
      url: "https://www.bls.gov/ooh/management/construction-managers.htm"),
    Source(
      id: .blsOOHCISManagersWhatTheyDo,
      citation: "BLS Occupational Outlook Handbook (text reproduced on JAProfile)",
      title:
        "BLS OOH, Computer and Information Systems Managers, What They Do (copy on JAProfile)",
      url: "http://japrofile.org/career-profile/computer-and-manager"),
    Source(
      id: .blsOOHCISManagersHowToBecome,
      citation: "BLS Occupational Outlook Handbook (text reproduced on PrecisionMetalworks360)",
      title: "BLS OOH, Computer and Information Systems Managers, How to Become One (copy)",
      url: "http://precisionmetalworks360.com/computer-and-manager.html"),
    Source(
      id: .blsOOHCISManagers2022,
      citation: "BLS Occupational Outlook Handbook, 2022-data edition",
      title: "BLS OOH, Computer and Information Systems Managers",
      url: "https://www.bls.gov/ooh/management/computer-and-information-systems-managers.htm"),
    Source(
      id: .blsOOHTopExecutivesEducation,
      citation: "BLS Occupational Outlook Handbook (text reproduced on PrecisionMetalworks360)",
      title: "BLS OOH, Top Executives, How to Become One (copy)",
      url: "http://precisionmetalworks360.com/top-executive.html"),
    Source(
      id: .blsOOHLogisticians2017, citation: "BLS Occupational Outlook Handbook (archived 2019)",
      title: "BLS OOH, Logisticians (web archive)",
      url: "https://webharvest.gov/congress115th/20190109070422/https://www.bls.gov/ooh/"
        + "business-and-financial/logisticians.htm"),
    Source(
      id: .blsOOHIndustrialEngineers2023,
      citation: "BLS Occupational Outlook Handbook, 2023-data edition",
      title: "BLS OOH, Industrial Engineers",
      url: "https://www.bls.gov/OOH/architecture-and-engineering/industrial-engineers.htm"),

    Source(
      id: .onet119041, citation: "O*NET OnLine",
      title: "O*NET OnLine Summary Report 11-9041.00, Architectural and Engineering Managers",
      url: "https://www.onetonline.org/link/summary/11-9041.00"),
    Source(
      id: .readySetCollege119041, citation: "ReadySetCollege (O*NET data)",
      title: "ReadySetCollege occupation page 11-9041.00 (O*NET data)",
      url: "https://www.readysetcollege.org/?p=careers/details&soc=11-9041.00"),
    Source(
      id: .theQWork119041, citation: "TheQWork, showing O*NET survey data",
      title: "TheQWork, Architectural and Engineering Managers (O*NET data)",
      url: "https://theqwork.com/occupation/architectural-and-engineering-managers/",
      isSecondary: true),
    Source(
      id: .fermatMind119041, citation: "FermatMind, citing BLS projections",
      title: "FermatMind career page, Architectural and Engineering Managers",
      url: "https://fermatmind.com/en/career/jobs/architectural-and-engineering-managers",
      isSecondary: true),
  ]

  /// Certification, degree and survey sources, kept apart from the occupational ones.
  private static let certificationAndDegreeSources: [Source] = [
    Source(
      id: .pmiHKExamTaking, citation: "PMI Hong Kong Chapter",
      title: "PMI Hong Kong Chapter, PMP Exam Taking FAQ",
      url: "https://www.pmi.org.hk/pmp-exam-taking/"),
    Source(
      id: .pmiHKExamApplication, citation: "PMI Hong Kong Chapter",
      title: "PMI Hong Kong Chapter, PMP Exam Application FAQ",
      url: "https://www.pmi.org.hk/pmp-exam-application/"),
    Source(
      id: .pmPrepCastEligibility, citation: "PM PrepCast forum",
      title: "PM PrepCast forum answer on PMP eligibility",
      url: "https://www.project-management-prepcast.com/kunena/pmp-exam-discussion/"
        + "13987-can-anyone-clear-the-air-on-pmp-requirements",
      isSecondary: true),
    Source(
      id: .lynchpinPMP, citation: "Lynchpin Training (PMI CCR summary)",
      title: "Lynchpin Training, All About PMP",
      url: "http://www.lynchpintraining.com/professional-education/"
        + "pmp-training-in-dubai-abu-dhabi-sharjah/all-about-pmp/"),
    Source(
      id: .pmiEarningPower14, citation: "PMI Earning Power salary survey, 14th edition",
      title: "PM Global news on PMI Earning Power, 14th edition",
      url: "https://news.pm-global.co.uk/2025/11/pmi-salary-survey-confirms-project-management-"
        + "remains-a-high-value-high-demand-career-path"),
    Source(
      id: .pmiEarningPower12, citation: "PMI Earning Power salary survey, 12th edition",
      title: "Business Wire release on PMI Earning Power, 12th edition (via Statesman Examiner)",
      url: "http://business.statesmanexaminer.com/dptribune/article/bizwire-2021-11-22-survey-"
        + "shows-opportunity-for-increased-earning-power-for-project-management-professional-"
        + "pmp-certification-holders-across-the-globe-as-the-demand-for-project-managers-"
        + "remains-high"),
    Source(
      id: .pmiEarningPower9, citation: "PMI Earning Power salary survey, 9th edition",
      title: "Business Wire, PMI Earning Power, 9th edition",
      url: "https://businesswire.com/news/home/20151028006050/en/"
        + "PMI-Global-Survey-Reveals-PMP%c2%ae-Certified-Project-Managers"),
    Source(
      id: .scrumAllianceCSM, citation: "Scrum Alliance",
      title: "Scrum Alliance, Becoming a Certified ScrumMaster",
      url: "https://www.scrumalliance.org/get-certified/practitioners/csm-certification/"
        + "becoming-a-certified-scrummaster%c2%ae"),
    Source(
      id: .nceesLicensure, citation: "NCEES",
      title: "NCEES, Licensure for engineers",
      url: "http://www.ncees.org/Licensure/Licensure_for_engineers.php"),
    Source(
      id: .ncees100, citation: "NCEES",
      title: "NCEES 100 years, Licensure begins",
      url: "https://100.ncees.org/licensure-begins/"),
    Source(
      id: .asabeFEExam, citation: "ASABE",
      title: "ASABE, FE Exam Resources",
      url: "http://asabe.org/Careers/Ag-Bio-Professional-Licensure/FE-Exam-Resources"),
    Source(
      id: .legalClarityFE, citation: "LegalClarity, citing the NCEES Examinee Guide",
      title: "LegalClarity, The FE Exam",
      url: "https://legalclarity.org/the-fe-exam-content-registration-and-scoring/",
      isSecondary: true),
    Source(
      id: .aspeCPEHandbook, citation: "ASPE CPE candidate handbook",
      title: "ASPE Certified Professional Estimator Candidate Handbook (copy)",
      url: "https://vdocuments.mx/candidate-handbook-58-the-first-steps-toward-joining-a-select-"
        + "group-of-estimating.html"),
    Source(
      id: .aacePSPBrochure, citation: "AACE International PSP brochure",
      title: "AACE International, Planning & Scheduling Professional brochure (Scribd copy)",
      url: "https://www.scribd.com/document/242844398/PSP-Brochure"),
    Source(
      id: .asqCSSGB, citation: "ASQ",
      title: "ASQ Certified Six Sigma Green Belt certification insert (Scribd copy)",
      url: "https://www.scribd.com/document/474246621/40215-SSGB-Cert-Insert"),
    Source(
      id: .asqCertFAQ, citation: "ASQ",
      title: "ASQ, Certification Requirements FAQs",
      url: "https://www.asq.org/cert/faq/faq-cert-req"),
    Source(
      id: .asqCSSBB, citation: "ASQ",
      title: "ASQ Certified Six Sigma Black Belt requirements (Scribd copy)",
      url: "https://codestin.com/utility/all.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument"
        + "%2F311010245%2FCSSBB-Requirement"),
    Source(
      id: .peopleCertIASSC, citation: "PeopleCert (IASSC)",
      title: "PeopleCert, Lean Six Sigma certification family",
      url: "https://peoplecert.org/products/lean-six-sigma-certification-family"),
    Source(
      id: .lssaGreenBelt, citation: "LSSA",
      title: "LSSA, Lean Six Sigma Green Belt skill set",
      url: "https://www.lssa.eu/body-of-knowledge/skill-set/lean-six-sigma-green-belt/"),
    Source(
      id: .dukeMEMFlexible, citation: "Duke MEM",
      title: "Duke MEM, Flexible Degree Options",
      url: "https://memp.pratt.duke.edu/campus/flexible-degree-options"),
    Source(
      id: .dukeMEMCurriculum, citation: "Duke MEM",
      title: "Duke MEM, Internship and program-extension pages",
      url: "https://memp.pratt.duke.edu/campus/curriculum/internship"),
    Source(
      id: .dukeMEMFAQ, citation: "Duke MEM",
      title: "Duke MEM, FAQ",
      url: "http://memp.pratt.duke.edu/faq"),
    Source(
      id: .dartmouthMEMFAQ, citation: "Dartmouth Thayer MEM",
      title: "Dartmouth Thayer School of Engineering, MEM FAQ and program page",
      url: "http://engineering.dartmouth.edu/academics/graduate/mem/faq/"),
    Source(
      id: .northwesternMEM, citation: "Northwestern McCormick MEM",
      title: "Northwestern McCormick, MEM curriculum",
      url: "https://mccormick.northwestern.edu/engineering-management/curriculum"),
    Source(
      id: .okCollegeStartMEM, citation: "OKCollegeStart",
      title: "OKCollegeStart, Engineering Management program description",
      url: "https://www.okcollegestart.org/College_Planning/Explore_Programs_and_Majors/"
        + "Program_Keyword_Search/Program_Keyword_Search.aspx?"
        + "id=6HEkuIXAiahSUdO5OXSOqgXAP3DPAXXAP3DPAX&Type=A"),
    Source(
      id: .gmac2019, citation: "GMAC Corporate Recruiters Survey 2019",
      title: "GMAC blog, Starting salaries for MBA talent at US companies hit new high",
      url: "https://blog.gmac.com/gmac-advisor/starting-salaries-for-mba-talent-at-us-companies-"
        + "hit-new-high?hs_amp=true"),
    Source(
      id: .insideHigherEdGMAC2021, citation: "Inside Higher Ed, on the GMAC survey",
      title: "Inside Higher Ed, Corporate recruiter survey finds demand for MBA graduates",
      url: "https://www.insidehighered.com/quicktakes/2021/07/01/corporate-recruiter-survey-"
        + "finds-demand-mba-graduates"),
  ]
}
