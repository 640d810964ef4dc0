/// The sources the knowledge base cites: the seed article, the figures it cites, and
/// the public pages listed in `career-facts.md`.
///
/// Every case has exactly one entry in `KnowledgeBase.sourceCatalogue`, and every entry
/// there is used by at least one fact (the validation tests check both).
public enum SourceID: String, CaseIterable, Sendable {
  // The seed article and the two figures it cites.
  case article
  case payscale2025
  case gmac2024

  // BLS: Occupational Outlook Handbook, projections, wage surveys.
  case blsOOH2024Compiled
  case blsEPTable
  case blsEPSkills
  case blsMLR2026
  case blsOOHComputerITGroup
  case blsOOHArchEngManagers2021
  case blsOEWS119041May2021
  case blsOOHArchEngManagersHowToBecome
  case blsOOHProjectManagementSpecialists2021
  case careerOneStop131082
  case blsOOHConstructionManagers2023
  case blsOOHCISManagersWhatTheyDo
  case blsOOHCISManagersHowToBecome
  case blsOOHCISManagers2022
  case blsOOHTopExecutivesEducation
  case blsOOHLogisticians2017
  case blsOOHIndustrialEngineers2023

  // O*NET and pages built on its data.
  case onet119041
  case readySetCollege119041
  case theQWork119041
  case fermatMind119041

  // Project Management Institute and PMP.
  case pmiHKExamTaking
  case pmiHKExamApplication
  case pmPrepCastEligibility
  case lynchpinPMP
  case pmiEarningPower14
  case pmiEarningPower12
  case pmiEarningPower9

  // Scrum Alliance.
  case scrumAllianceCSM

  // NCEES, the FE exam and EIT.
  case nceesLicensure
  case ncees100
  case asabeFEExam
  case legalClarityFE

  // Planning and estimating credentials (the "CPE" question).
  case aspeCPEHandbook
  case aacePSPBrochure

  // Lean Six Sigma issuers.
  case asqCSSGB
  case asqCertFAQ
  case asqCSSBB
  case peopleCertIASSC
  case lssaGreenBelt

  // MEM programmes and MBA surveys.
  case dukeMEMFlexible
  case dukeMEMCurriculum
  case dukeMEMFAQ
  case dartmouthMEMFAQ
  case northwesternMEM
  case okCollegeStartMEM
  case gmac2019
  case insideHigherEdGMAC2021
}
