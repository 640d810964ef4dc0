/// Something in a question an intent file can point at.
public enum IntentTerm: Sendable, Equatable {
  /// One or more words, matched on their stems as consecutive words.
  case words([String])
  /// Any entity of this kind (`<role>` in an intent file).
  case entity(EntityKind)
  /// Two or more roles (`<roles>`), as in a comparison.
  case severalRoles
  /// A word that refers back to a role (`<reference>`): "it", "they", "that role".
  case reference
  /// A question mark anywhere in the text (`<question>`), telling a question from a
  /// statement about oneself.
  case question
  /// An amount of money (`<amount>`): "$120k", "95k", "150,000".
  case amount
}

extension IntentTerm {
  /// Whether the term stands for an entity or a feature of the text rather than words.
  var isEntityTerm: Bool {
    if case .words = self { return false }
    return true
  }
}

/// One intent as its file defines it: what points to it, what it needs, what rules it
/// out, and example questions the tests check it still wins.
public struct IntentDefinition: Sendable {
  public let intent: IntentID
  public let summary: String
  /// Terms and how strongly each points to this intent (negative: away from it).
  public let weights: [(term: IntentTerm, weight: Double)]
  /// At least one of these must be in the question, when the list is not empty.
  public let requires: [IntentTerm]
  /// None of these may be in the question.
  public let excludes: [IntentTerm]
  public let examples: [String]
  /// Intents close enough that when one narrowly beats the other, answering it is
  /// still right ("what's my next move?" is advice and next step alike).
  public let related: [IntentID]
  /// How the intent follows on from earlier questions (`context:`).
  public let context: [ContextUse]
  /// Intents a question becomes this one when its "it" is the degree just discussed
  /// (`when it is a degree:`): "how long does it take?" after the MEM is about education.
  public let forDegree: [IntentID]
  /// The same when "it" is the certification just discussed (`when it is a certification:`).
  public let forCertification: [IntentID]
  /// The same when "it" is the specialization just discussed (`when it is a specialization:`).
  public let forSpecialization: [IntentID]
  /// Where the intent comes in lists of topics (`order:`); nil puts it last.
  public let order: Int?
  /// What the advisor answers for an intent no composer of its own answers (`reply:`).
  public let replies: [Reply]
  /// The file the definition came from, for messages.
  public let file: String

  /// One `reply:` line: a short answer, and the source it comes from when it states a fact.
  public struct Reply: Sendable, Equatable {
    public let text: String
    public let source: SourceID?
  }

  public init(
    intent: IntentID, summary: String, weights: [(term: IntentTerm, weight: Double)],
    requires: [IntentTerm], excludes: [IntentTerm], examples: [String],
    related: [IntentID] = [], context: [ContextUse] = [], forDegree: [IntentID] = [],
    forCertification: [IntentID] = [], forSpecialization: [IntentID] = [], order: Int? = nil,
    replies: [Reply] = [], file: String
  ) {
    self.intent = intent
    self.summary = summary
    self.weights = weights
    self.requires = requires
    self.excludes = excludes
    self.examples = examples
    self.related = related
    self.context = context
    self.forDegree = forDegree
    self.forCertification = forCertification
    self.forSpecialization = forSpecialization
    self.order = order
    self.replies = replies
    self.file = file
  }
}
