/// An intent: what a question asks for.
///
/// Each is defined by a file of `Intents/` (`intent: salary`), so a class can add one
/// without Swift.
public typealias IntentID = Identifier<IdentifierKind.Intent>

/// The intents the engine answers with a composer of its own, by the contract's ids
/// (`INTENTS.md`); any other intent is answered from its file's `reply:` lines.
extension Identifier where Kind == IdentifierKind.Intent {
  public static let greeting: Self = "greeting"
  public static let farewell: Self = "farewell"
  public static let thanks: Self = "thanks"
  public static let help: Self = "help"
  public static let roleOverview: Self = "role_overview"
  public static let reportsTo: Self = "reports_to"
  public static let salary: Self = "salary"
  public static let skills: Self = "skills"
  public static let education: Self = "education"
  public static let degreeValue: Self = "degree_value"
  public static let certifications: Self = "certifications"
  public static let careerPath: Self = "career_path"
  public static let nextStep: Self = "next_step"
  public static let become: Self = "become"
  public static let timeline: Self = "timeline"
  public static let compare: Self = "compare"
  public static let specializations: Self = "specializations"
  public static let industries: Self = "industries"
  public static let outlook: Self = "outlook"
  public static let profile: Self = "profile"
  public static let advice: Self = "advice"
  public static let unknown: Self = "unknown"
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
