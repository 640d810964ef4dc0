/// The intents of the contract (`INTENTS.md`); raw values are the contract's ids.
public enum IntentID: String, CaseIterable, Sendable, Codable {
  case greeting, farewell, thanks, help
  case roleOverview = "role_overview"
  case reportsTo = "reports_to"
  case salary, skills, education
  case degreeValue = "degree_value"
  case certifications
  case careerPath = "career_path"
  case nextStep = "next_step"
  case become, timeline, compare, specializations, industries, outlook, profile, advice
  case unknown

  /// Intents that are small talk rather than a question about careers: they neither use nor
  /// change the conversation's topic.
  public var isSmallTalk: Bool {
    switch self {
    case .greeting, .farewell, .thanks, .help, .unknown: true
    default: false
    }
  }
}

/// The kinds of entity, named as in the contract's JSON.
public enum EntityKind: String, CaseIterable, Sendable {
  case roles, certifications, degrees, disciplines, industries, specializations

  /// The singular name used in intent files, for example `<role>`.
  public var singular: String {
    switch self {
    case .roles: "role"
    case .certifications: "certification"
    case .degrees: "degree"
    case .disciplines: "discipline"
    case .industries: "industry"
    case .specializations: "specialization"
    }
  }
}
