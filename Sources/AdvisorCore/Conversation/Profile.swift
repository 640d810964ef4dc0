/// What the user has said about themselves.
///
/// Only explicit statements fill a slot ("I'm a project engineer"); asking about a role is not
/// a claim to hold it.
public struct Profile: Sendable, Equatable {
  public var role: RoleID?
  public var years: Int?
  public var discipline: DisciplineID?
  public var industry: IndustryID?
  public var degrees: [DegreeID] = []
  public var certifications: [CertificationID] = []
  public var targetRole: RoleID?
  /// Whether the user is still studying, and so not yet on the ladder.
  public var isStudying = false

  public init() {}

  /// Whether no slot is filled, as in `Profile()`: asked of every question's update, so read
  /// slot by slot rather than by building an empty profile to compare with.
  public var isEmpty: Bool {
    role == nil && years == nil && discipline == nil && industry == nil && degrees.isEmpty
      && certifications.isEmpty && targetRole == nil && !isStudying
  }

  /// Adds what `update` states, keeping what it does not mention.
  public mutating func merge(_ update: Profile) {
    role = update.role ?? role
    years = update.years ?? years
    discipline = update.discipline ?? discipline
    industry = update.industry ?? industry
    targetRole = update.targetRole ?? targetRole
    // A role or years of experience stated later say the user has started work.
    isStudying = update.isStudying || (isStudying && update.role == nil && update.years == nil)
    for degree in update.degrees where !degrees.contains(degree) { degrees.append(degree) }
    for certification in update.certifications where !certifications.contains(certification) {
      certifications.append(certification)
    }
  }
}
