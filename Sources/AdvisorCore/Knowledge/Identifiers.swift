/// The roles of the contract (`INTENTS.md`); raw values are the contract's ids.
public enum RoleID: String, CaseIterable, Sendable, Codable, Comparable {
  case staffEngineer = "staff_engineer"
  case projectEngineer = "project_engineer"
  case juniorProjectManager = "junior_project_manager"
  case projectManager = "project_manager"
  case engineeringProjectManager = "engineering_project_manager"
  case engineeringManager = "engineering_manager"
  case principalEngineer = "principal_engineer"
  case seniorEngineeringManager = "senior_engineering_manager"
  case engineeringDirector = "engineering_director"
  case seniorEngineeringDirector = "senior_engineering_director"
  case vpEngineering = "vp_engineering"
  case cto = "cto"
  case operationsManager = "operations_manager"
  case constructionManager = "construction_manager"
  case programManager = "program_manager"
  case systemsEngineer = "systems_engineer"
  case integrationManager = "integration_manager"
  case rdEngineer = "rd_engineer"
  case rdManager = "rd_manager"
  case productManager = "product_manager"
  case supplyChainAnalyst = "supply_chain_analyst"
  case logisticsEngineer = "logistics_engineer"
  case innovationConsultant = "innovation_consultant"

  public static func < (lhs: RoleID, rhs: RoleID) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

/// Certifications of the contract.
public enum CertificationID: String, CaseIterable, Sendable, Codable {
  case pmp, eit, cpe, csm
  case leanSixSigma = "lean_six_sigma"
}

/// Degrees of the contract.
public enum DegreeID: String, CaseIterable, Sendable, Codable {
  case bachelors, mem, mba
}

/// Engineering disciplines of the contract.
public enum DisciplineID: String, CaseIterable, Sendable, Codable {
  case mechanical, electrical, civil, industrial, software
}

/// Industries of the contract.
public enum IndustryID: String, CaseIterable, Sendable, Codable {
  case manufacturing, aerospace, software, construction
  case healthcareTechnology = "healthcare_technology"
  case pharmaceuticals, automotive, defense
}

/// MEM specializations of the contract.
public enum SpecializationID: String, CaseIterable, Sendable, Codable {
  case projectManagement = "project_management"
  case operationsSupplyChain = "operations_supply_chain"
  case systemsEngineering = "systems_engineering"
  case productInnovation = "product_innovation"
}

/// Where a role sits on the career path.
public enum Stage: String, CaseIterable, Sendable {
  case early, mid, advanced, executive
  /// A role reached through an MEM specialization rather than the main ladder.
  case specialist
}

/// Whether a role's work is mostly day-to-day execution or long-term direction.
public enum Focus: String, Sendable {
  case technical, tactical, strategic, executive
}
