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
  /// The role's facts, held once: composers copy roles out of the knowledge base for nearly
  /// every answer, and copying the thirty strings and lists a role holds cost a reference count
  /// for each.
  private let facts: Shared<Facts>

  public var id: RoleID { facts.value.id }
  /// The title as it is usually written, for example "Engineering manager".
  public var title: String { facts.value.title }
  /// Every other way people say it, lowercase: full forms, abbreviations, short forms.
  ///
  /// Entity recognition and tab completion both read these.
  public var aliases: [String] { facts.value.aliases }
  /// What its line of work is called, lowercase ("construction management"): "move into
  /// construction management" names the role, while the question is still read in its own
  /// words, and "a degree in construction management" names none.
  public var fields: [String] { facts.value.fields }
  public var stage: Stage { facts.value.stage }
  /// One or two sentences: what the role is and does.
  public var summary: Sourced<String> { facts.value.summary }
  /// What other sources say of the title where it means something else than in the article
  /// (in software, a staff engineer is a senior individual contributor): answers give it
  /// right after the summary, so a reader is not misled by the article's sense.
  public var notes: [Sourced<String>] { facts.value.notes }
  /// What the role oversees or is responsible for, one item each.
  public var duties: [Sourced<String>] { facts.value.duties }
  public var focus: Known<Focus> { facts.value.focus }
  public var reportsTo: Known<[Superior]> { facts.value.reportsTo }
  public var nextSteps: Known<[RoleID]> { facts.value.nextSteps }
  /// Typical experience or time to reach the role, as the source words it.
  public var experience: Known<String> { facts.value.experience }
  public var skills: [Sourced<String>] { facts.value.skills }
  public var certifications: Known<[CertificationID]> { facts.value.certifications }
  /// Education that the sources name for the role, as a sentence.
  public var education: Known<String> { facts.value.education }
  /// Pay figures; `.notInSources` when no source gives a figure for this role.
  public var pay: Known<[Figure]> { facts.value.pay }
  public var specializations: [SpecializationID] { facts.value.specializations }
  /// The industries the sources name for this role, if they name any.
  public var industries: Sourced<[IndustryID]>? { facts.value.industries }

  init(
    id: RoleID, title: String, aliases: [String], fields: [String], stage: Stage,
    summary: Sourced<String>, notes: [Sourced<String>], duties: [Sourced<String>], focus: Known<Focus>,
    reportsTo: Known<[Superior]>, nextSteps: Known<[RoleID]>, experience: Known<String>,
    skills: [Sourced<String>], certifications: Known<[CertificationID]>,
    education: Known<String>, pay: Known<[Figure]>,
    specializations: [SpecializationID], industries: Sourced<[IndustryID]>?
  ) {
    facts = Shared(
      Facts(
        id: id, title: title, aliases: aliases, fields: fields, stage: stage, summary: summary, notes: notes,
        duties: duties, focus: focus, reportsTo: reportsTo, nextSteps: nextSteps, experience: experience,
        skills: skills, certifications: certifications, education: education, pay: pay,
        specializations: specializations, industries: industries))
  }

  /// Whether two roles have the same facts.
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.facts === rhs.facts || lhs.facts.value == rhs.facts.value
  }
}

extension Role {
  /// What a role is made of, as `Role` documents each.
  struct Facts: Sendable, Equatable {
    let id: RoleID
    let title: String
    let aliases: [String]
    let fields: [String]
    let stage: Stage
    let summary: Sourced<String>
    let notes: [Sourced<String>]
    let duties: [Sourced<String>]
    let focus: Known<Focus>
    let reportsTo: Known<[Superior]>
    let nextSteps: Known<[RoleID]>
    let experience: Known<String>
    let skills: [Sourced<String>]
    let certifications: Known<[CertificationID]>
    let education: Known<String>
    let pay: Known<[Figure]>
    let specializations: [SpecializationID]
    let industries: Sourced<[IndustryID]>?
  }
}
