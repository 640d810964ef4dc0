@testable import AdvisorCore

// The contract's ids by name, for tests only: the product reads every id from
// Knowledge/, so none of these is part of the core.

extension Identifier where Kind == IdentifierKind.Role {
  static let staffEngineer: Self = "staff_engineer"
  static let projectEngineer: Self = "project_engineer"
  static let juniorProjectManager: Self = "junior_project_manager"
  static let projectManager: Self = "project_manager"
  static let engineeringProjectManager: Self = "engineering_project_manager"
  static let engineeringManager: Self = "engineering_manager"
  static let principalEngineer: Self = "principal_engineer"
  static let seniorEngineeringManager: Self = "senior_engineering_manager"
  static let engineeringDirector: Self = "engineering_director"
  static let seniorEngineeringDirector: Self = "senior_engineering_director"
  static let vpEngineering: Self = "vp_engineering"
  static let cto: Self = "cto"
  static let operationsManager: Self = "operations_manager"
  static let constructionManager: Self = "construction_manager"
  static let programManager: Self = "program_manager"
  static let systemsEngineer: Self = "systems_engineer"
  static let integrationManager: Self = "integration_manager"
  static let rdEngineer: Self = "rd_engineer"
  static let rdManager: Self = "rd_manager"
  static let productManager: Self = "product_manager"
  static let supplyChainAnalyst: Self = "supply_chain_analyst"
  static let logisticsEngineer: Self = "logistics_engineer"
  static let innovationConsultant: Self = "innovation_consultant"

  /// Every id of this kind, in the contract's order.
  static let contract: [Self] = [
    .staffEngineer, .projectEngineer, .juniorProjectManager, .projectManager, .engineeringProjectManager,
    .engineeringManager, .principalEngineer, .seniorEngineeringManager, .engineeringDirector,
    .seniorEngineeringDirector, .vpEngineering, .cto, .operationsManager, .constructionManager,
    .programManager, .systemsEngineer, .integrationManager, .rdEngineer, .rdManager, .productManager,
    .supplyChainAnalyst, .logisticsEngineer, .innovationConsultant,
  ]
}

extension Identifier where Kind == IdentifierKind.Certification {
  static let pmp: Self = "pmp"
  static let eit: Self = "eit"
  static let cpe: Self = "cpe"
  static let csm: Self = "csm"
  static let leanSixSigma: Self = "lean_six_sigma"
  static let peLicense: Self = "pe_license"

  /// Every id of this kind, in the contract's order.
  static let contract: [Self] = [.pmp, .eit, .cpe, .csm, .leanSixSigma, .peLicense]
}

extension Identifier where Kind == IdentifierKind.Degree {
  static let bachelors: Self = "bachelors"
  static let mem: Self = "mem"
  static let mba: Self = "mba"
  static let msEngineering: Self = "ms_engineering"

  /// Every id of this kind, in the contract's order.
  static let contract: [Self] = [.bachelors, .mem, .mba, .msEngineering]
}

extension Identifier where Kind == IdentifierKind.Discipline {
  static let mechanical: Self = "mechanical"
  static let electrical: Self = "electrical"
  static let civil: Self = "civil"
  static let industrial: Self = "industrial"
  static let software: Self = "software"

  /// Every id of this kind, in the contract's order.
  static let contract: [Self] = [.mechanical, .electrical, .civil, .industrial, .software]
}

extension Identifier where Kind == IdentifierKind.Industry {
  static let manufacturing: Self = "manufacturing"
  static let aerospace: Self = "aerospace"
  static let software: Self = "software"
  static let construction: Self = "construction"
  static let healthcareTechnology: Self = "healthcare_technology"
  static let pharmaceuticals: Self = "pharmaceuticals"
  static let automotive: Self = "automotive"
  static let defense: Self = "defense"

  /// Every id of this kind, in the contract's order.
  static let contract: [Self] = [
    .manufacturing, .aerospace, .software, .construction, .healthcareTechnology, .pharmaceuticals,
    .automotive, .defense,
  ]
}

extension Identifier where Kind == IdentifierKind.Specialization {
  static let projectManagement: Self = "project_management"
  static let operationsSupplyChain: Self = "operations_supply_chain"
  static let systemsEngineering: Self = "systems_engineering"
  static let productInnovation: Self = "product_innovation"

  /// Every id of this kind, in the contract's order.
  static let contract: [Self] = [
    .projectManagement, .operationsSupplyChain, .systemsEngineering, .productInnovation,
  ]
}

extension Identifier where Kind == IdentifierKind.Source {
  static let article: Self = "article"
  static let payscale2025: Self = "payscale2025"
  static let gmac2024: Self = "gmac2024"
  static let blsOOH2024Compiled: Self = "blsOOH2024Compiled"
  static let blsEPTable: Self = "blsEPTable"
  static let blsEPSkills: Self = "blsEPSkills"
  static let blsMLR2026: Self = "blsMLR2026"
  static let blsOOHComputerITGroup: Self = "blsOOHComputerITGroup"
  static let blsOOHArchEngManagers2021: Self = "blsOOHArchEngManagers2021"
  static let blsOEWS119041May2021: Self = "blsOEWS119041May2021"
  static let blsOOHArchEngManagersHowToBecome: Self = "blsOOHArchEngManagersHowToBecome"
  static let blsOOHProjectManagementSpecialists2021: Self = "blsOOHProjectManagementSpecialists2021"
  static let careerOneStop131082: Self = "careerOneStop131082"
  static let blsOOHConstructionManagers2023: Self = "blsOOHConstructionManagers2023"
  static let blsOOHCISManagersWhatTheyDo: Self = "blsOOHCISManagersWhatTheyDo"
  static let blsOOHCISManagersHowToBecome: Self = "blsOOHCISManagersHowToBecome"
  static let blsOOHCISManagers2022: Self = "blsOOHCISManagers2022"
  static let blsOOHTopExecutivesEducation: Self = "blsOOHTopExecutivesEducation"
  static let blsOOHLogisticians2017: Self = "blsOOHLogisticians2017"
  static let blsOOHIndustrialEngineers2023: Self = "blsOOHIndustrialEngineers2023"
  static let onet119041: Self = "onet119041"
  static let readySetCollege119041: Self = "readySetCollege119041"
  static let theQWork119041: Self = "theQWork119041"
  static let fermatMind119041: Self = "fermatMind119041"
  static let pmiHKExamTaking: Self = "pmiHKExamTaking"
  static let pmiHKExamApplication: Self = "pmiHKExamApplication"
  static let pmPrepCastEligibility: Self = "pmPrepCastEligibility"
  static let lynchpinPMP: Self = "lynchpinPMP"
  static let pmiEarningPower14: Self = "pmiEarningPower14"
  static let pmiEarningPower12: Self = "pmiEarningPower12"
  static let pmiEarningPower9: Self = "pmiEarningPower9"
  static let scrumAllianceCSM: Self = "scrumAllianceCSM"
  static let nceesLicensure: Self = "nceesLicensure"
  static let ncees100: Self = "ncees100"
  static let asabeFEExam: Self = "asabeFEExam"
  static let legalClarityFE: Self = "legalClarityFE"
  static let aspeCPEHandbook: Self = "aspeCPEHandbook"
  static let aacePSPBrochure: Self = "aacePSPBrochure"
  static let asqCSSGB: Self = "asqCSSGB"
  static let asqCertFAQ: Self = "asqCertFAQ"
  static let asqCSSBB: Self = "asqCSSBB"
  static let peopleCertIASSC: Self = "peopleCertIASSC"
  static let lssaGreenBelt: Self = "lssaGreenBelt"
  static let dukeMEMFlexible: Self = "dukeMEMFlexible"
  static let dukeMEMCurriculum: Self = "dukeMEMCurriculum"
  static let dukeMEMFAQ: Self = "dukeMEMFAQ"
  static let dartmouthMEMFAQ: Self = "dartmouthMEMFAQ"
  static let northwesternMEM: Self = "northwesternMEM"
  static let okCollegeStartMEM: Self = "okCollegeStartMEM"
  static let gmac2019: Self = "gmac2019"
  static let insideHigherEdGMAC2021: Self = "insideHigherEdGMAC2021"

  /// Every id of this kind, in the contract's order.
  static let contract: [Self] = [
    .article, .payscale2025, .gmac2024, .blsOOH2024Compiled, .blsEPTable, .blsEPSkills, .blsMLR2026,
    .blsOOHComputerITGroup, .blsOOHArchEngManagers2021, .blsOEWS119041May2021,
    .blsOOHArchEngManagersHowToBecome, .blsOOHProjectManagementSpecialists2021, .careerOneStop131082,
    .blsOOHConstructionManagers2023, .blsOOHCISManagersWhatTheyDo, .blsOOHCISManagersHowToBecome,
    .blsOOHCISManagers2022, .blsOOHTopExecutivesEducation, .blsOOHLogisticians2017,
    .blsOOHIndustrialEngineers2023, .onet119041, .readySetCollege119041, .theQWork119041, .fermatMind119041,
    .pmiHKExamTaking, .pmiHKExamApplication, .pmPrepCastEligibility, .lynchpinPMP, .pmiEarningPower14,
    .pmiEarningPower12, .pmiEarningPower9, .scrumAllianceCSM, .nceesLicensure, .ncees100, .asabeFEExam,
    .legalClarityFE, .aspeCPEHandbook, .aacePSPBrochure, .asqCSSGB, .asqCertFAQ, .asqCSSBB, .peopleCertIASSC,
    .lssaGreenBelt, .dukeMEMFlexible, .dukeMEMCurriculum, .dukeMEMFAQ, .dartmouthMEMFAQ, .northwesternMEM,
    .okCollegeStartMEM, .gmac2019, .insideHigherEdGMAC2021,
  ]
}

extension Identifier where Kind == IdentifierKind.Intent {
  /// Every intent of the contract, in its order.
  static let contract: [Self] = [
    .greeting, .farewell, .thanks, .help, .roleOverview, .reportsTo, .salary, .skills, .education,
    .degreeValue,
    .certifications, .careerPath, .nextStep, .become, .timeline, .compare, .specializations, .industries,
    .outlook, .profile, .advice, .unknown,
  ]
}
