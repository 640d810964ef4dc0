/// Whom a role reports to: another role of the knowledge base, or a title outside it (such as
/// the CEO).
public enum Superior: Sendable, Equatable {
  case role(RoleID)
  case title(String)
}

/// One role of the engineering-management career path, as the sources describe it.
///
/// Every field is present for every role; `Known.notInSources` marks what the sources
/// do not say, so answers can say so instead of guessing.
public struct Role: Sendable, Identifiable, Equatable {
  public let id: RoleID
  /// The title as it is usually written, for example "Engineering manager".
  public let title: String
  /// Every other way people say it, lowercase: full forms, abbreviations, short forms.
  ///
  /// Entity recognition and tab completion both read these.
  public let aliases: [String]
  /// What its line of work is called, lowercase ("construction management"): "move into
  /// construction management" names the role, while the question is still read in its own
  /// words, and "a degree in construction management" names none.
  public let fields: [String]
  public let stage: Stage
  /// One or two sentences: what the role is and does.
  public let summary: Sourced<String>
  /// What other sources say of the title where it means something else than in the article
  /// (in software, a staff engineer is a senior individual contributor): answers give it
  /// right after the summary, so a reader is not misled by the article's sense.
  public let notes: [Sourced<String>]
  /// What the role oversees or is responsible for, one item each.
  public let duties: [Sourced<String>]
  public let focus: Known<Focus>
  public let reportsTo: Known<[Superior]>
  public let nextSteps: Known<[RoleID]>
  /// Typical experience or time to reach the role, as the source words it.
  public let experience: Known<String>
  public let skills: [Sourced<String>]
  public let certifications: Known<[CertificationID]>
  /// Education that the sources name for the role, as a sentence.
  public let education: Known<String>
  /// Pay figures; `.notInSources` when no source gives a figure for this role.
  public let pay: Known<[Figure]>
  public let specializations: [SpecializationID]
  /// The industries the sources name for this role, if they name any.
  public let industries: Sourced<[IndustryID]>?

  init(
    id: RoleID, title: String, aliases: [String], fields: [String], stage: Stage,
    summary: Sourced<String>, notes: [Sourced<String>], duties: [Sourced<String>], focus: Known<Focus>,
    reportsTo: Known<[Superior]>, nextSteps: Known<[RoleID]>, experience: Known<String>,
    skills: [Sourced<String>], certifications: Known<[CertificationID]>,
    education: Known<String>, pay: Known<[Figure]>,
    specializations: [SpecializationID], industries: Sourced<[IndustryID]>?
  ) {
    self.id = id
    self.title = title
    self.aliases = aliases
    self.fields = fields
    self.stage = stage
    self.notes = notes
    self.summary = summary
    self.duties = duties
    self.focus = focus
    self.reportsTo = reportsTo
    self.nextSteps = nextSteps
    self.experience = experience
    self.skills = skills
    self.certifications = certifications
    self.education = education
    self.pay = pay
    self.specializations = specializations
    self.industries = industries
  }
}
