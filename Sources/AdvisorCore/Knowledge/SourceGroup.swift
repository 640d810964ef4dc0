/// What kind of body a source is, as `:sources all` groups the registry: a student weighs a
/// government handbook, a professional body and a practitioner's opinion differently.
public enum SourceGroup: String, CaseIterable, Sendable {
  case officialStatistics = "official statistics"
  case professionalBody = "professional body"
  case university
  case researchAndPress = "research and press"
  case practitionerOpinion = "practitioner opinion"

  /// The group's heading in `:sources all`.
  public var heading: String {
    switch self {
    case .officialStatistics: "Official statistics"
    case .professionalBody: "Professional bodies"
    case .university: "Universities"
    case .researchAndPress: "Research, salary surveys and the press"
    case .practitionerOpinion: "Practitioner opinion (attributed in answers)"
    }
  }
}
