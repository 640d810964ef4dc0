/// What the advisor carries from one turn to the next.
///
/// A value: replaying the same questions from the same state gives the same answers.
public struct ConversationState: Sendable, Equatable {
  /// How many turns a role or topic survives without being used.
  public static let memorySpan = 3

  /// The roles under discussion, most recent last named first.
  public var roles: [RoleID] = []
  /// Turns since the roles were last named or used.
  public var rolesAge = 0
  /// The last two roles named together, which "the former" and "the latter" point at
  /// even after one of them has been discussed alone.
  public var pair: [RoleID] = []
  /// The roles named while the roles are remembered, first named first (four at most), which
  /// "all of them" and "those three" point at.
  public var discussed: [RoleID] = []
  /// The roles the last answer listed (the next steps of a role, whom it reports to), which
  /// "those" in the next question points at: "how much do those pay?".
  public var listedRoles: [RoleID] = []
  /// A job title no role has, named by a declined question ("plant manager"), which "they"
  /// points at while it is remembered, as the roles are: the advisor says again that it has
  /// no facts, rather than answering for the field.
  public var unknownTitle: String?
  /// The last career topic asked about.
  public var topic: IntentID?
  public var topicAge = 0
  /// The industries last named, which "there" may point to.
  public var industries: [IndustryID] = []
  public var industriesAge = 0
  /// The last degree, certification or specialization discussed, which "it" may point to.
  public var subject: Subject?
  public var subjectAge = 0
  /// The degrees or certifications weighed against each other, named together ("PMP or
  /// CSM?") or one after the other ("CSM?", "Six Sigma?"), which "which one?" points to.
  public var choices: [Subject] = []
  /// What the last question asked of a degree or certification ("how long"), which a
  /// follow-up naming another one asks again.
  public var facets: [Cue] = []
  /// The pay sum the last answer weighed ("I make 150k as an EM, is that good?"), which
  /// "that" in the next question may point at.
  var weighedSum: Money?
  /// The facets of its topic file the last question asked for ("team size"), which a
  /// follow-up naming another role asks again.
  var topicFacets: [String] = []
  /// What the user said about themselves.
  ///
  /// Set only by `init(profile:)`: a default here made every new state a `Profile()` first,
  /// then copied the given one over it and freed the first.
  public var profile: Profile
  /// Turns answered so far.
  public var turnCount = 0

  public init(profile: Profile = Profile()) {
    self.profile = profile
  }

  /// Whether the last answer was on certifications, or on one certification: "and the PE?"
  /// then asks about the licence, not the project engineer.
  var discussesCertifications: Bool {
    if topic == .certifications && topicAge == 0 { return true }
    if case .certification = subject, subjectAge == 0 { return true }
    return false
  }

  /// Something other than a role that a question can point back to.
  public enum Subject: Sendable, Equatable {
    case degree(DegreeID)
    case certification(CertificationID)
    case specialization(SpecializationID)

    /// Whether the two are things of one kind, both degrees or both certifications.
    func isOfTheKind(of other: Subject) -> Bool {
      switch (self, other) {
      case (.degree, .degree), (.certification, .certification), (.specialization, .specialization): true
      default: false
      }
    }

    /// The thing as an entity of a question.
    var entity: Entity {
      switch self {
      case .degree(let id): .degree(id)
      case .certification(let id): .certification(id)
      case .specialization(let id): .specialization(id)
      }
    }

    /// The id of the thing, as `:context` shows it.
    public var id: String {
      switch self {
      case .degree(let id): id.rawValue
      case .certification(let id): id.rawValue
      case .specialization(let id): id.rawValue
      }
    }
  }

  /// Ages everything by one turn and forgets what has faded.
  mutating func age() {
    rolesAge += 1
    topicAge += 1
    subjectAge += 1
    industriesAge += 1
    if rolesAge > Self.memorySpan {
      roles = []
      pair = []
      discussed = []
      unknownTitle = nil
    }
    if topicAge > Self.memorySpan { topic = nil }
    if subjectAge > Self.memorySpan {
      subject = nil
      choices = []
    }
    if industriesAge > Self.memorySpan { industries = [] }
  }

  /// Forgets the conversation, keeping the profile.
  public mutating func reset() {
    self = ConversationState(profile: profile)
  }
}
