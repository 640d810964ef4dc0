/// The saved form of a profile: a small text file of `key: value` lines that a person
/// can read and fix by hand.
///
///     # advisor profile
///     role: project_engineer
///     years: 3
///     discipline: civil
///     industry: aerospace
///     degrees: bachelors, mem
///     certifications: pmp
///     goal: engineering_director
///     studying: yes
public enum ProfileCodec {
  /// What is wrong with a saved profile, and on which line.
  public struct DecodingError: Error, Sendable, Equatable {
    /// 1-based; 0 when the problem is with the whole file.
    public let line: Int
    public let reason: String

    public init(line: Int, reason: String) {
      self.line = line
      self.reason = reason
    }
  }

  /// The text of a saved profile.
  public static func encode(_ profile: Profile) -> String {
    var lines = ["# advisor profile: what you told the advisor about yourself (:forget erases it)"]
    if let role = profile.role { lines.append("role: \(role.rawValue)") }
    if let years = profile.years { lines.append("years: \(years)") }
    if let discipline = profile.discipline { lines.append("discipline: \(discipline.rawValue)") }
    if let industry = profile.industry { lines.append("industry: \(industry.rawValue)") }
    if !profile.degrees.isEmpty {
      lines.append("degrees: " + profile.degrees.map(\.rawValue).joined(separator: ", "))
    }
    if !profile.certifications.isEmpty {
      lines.append("certifications: " + profile.certifications.map(\.rawValue).joined(separator: ", "))
    }
    if let goal = profile.targetRole { lines.append("goal: \(goal.rawValue)") }
    if profile.isStudying { lines.append("studying: yes") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Reads a saved profile, whose ids must be those of `knowledge`.
  /// - Throws: `DecodingError` for the first line that is not `key: value` with a known
  ///   key and known ids.
  public static func decode(_ text: String, knowledge: KnowledgeBase)
    throws(DecodingError) -> Profile
  {
    var profile = Profile()
    // `isNewline` splits CRLF ends too: "\r\n" is one Character in Swift.
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for (offset, raw) in lines.enumerated() {
      let line = raw.trimmed()
      if line.isEmpty || line.hasPrefix("#") { continue }
      guard let colon = line.firstIndex(of: ":") else {
        throw DecodingError(line: offset + 1, reason: "expected 'key: value'")
      }
      let key = String(line[..<colon]).trimmed()
      let value = String(line[line.index(after: colon)...]).trimmed()
      try apply(key, value, to: &profile, line: offset + 1, knowledge: knowledge)
    }
    return profile
  }

  private static func apply(
    _ key: String, _ value: String, to profile: inout Profile, line: Int, knowledge: KnowledgeBase
  ) throws(DecodingError) {
    func id<Kind>(_ type: Identifier<Kind>.Type, _ text: String) throws(DecodingError) -> Identifier<Kind> {
      let kind: EntityKind =
        switch key {
        case "role", "goal": .roles
        case "discipline": .disciplines
        case "industry": .industries
        case "degrees": .degrees
        default: .certifications
        }
      guard knowledge.ids(of: kind).contains(text) else {
        throw DecodingError(line: line, reason: "unknown \(key) '\(text)'")
      }
      return Identifier(text)
    }
    let list = value.split(separator: ",").map { $0.trimmed() }.filter { !$0.isEmpty }
    switch key {
    case "role": profile.role = try id(RoleID.self, value)
    case "goal": profile.targetRole = try id(RoleID.self, value)
    case "discipline": profile.discipline = try id(DisciplineID.self, value)
    case "industry": profile.industry = try id(IndustryID.self, value)
    case "years":
      guard let years = Int(value), (0...70).contains(years) else {
        throw DecodingError(line: line, reason: "years must be a whole number, not '\(value)'")
      }
      profile.years = years
    case "degrees":
      profile.degrees = try list.map { text throws(DecodingError) in try id(DegreeID.self, text) }
    case "certifications":
      profile.certifications = try list.map { text throws(DecodingError) in try id(CertificationID.self, text)
      }
    case "studying":
      guard ["yes", "no"].contains(value) else {
        throw DecodingError(line: line, reason: "studying must be yes or no, not '\(value)'")
      }
      profile.isStudying = value == "yes"
    default: throw DecodingError(line: line, reason: "unknown key '\(key)'")
    }
  }
}
