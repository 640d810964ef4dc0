/// A question understood in its conversation: the intent and entities the answer is
/// about, after follow-ups, references and the profile have been taken into account.
public struct Resolution: Sendable {
  public var intent: IntentID
  public var confidence: Double
  public var entities: Entities
  /// What the advisor assumed from context, in a few words each, for the answer to say.
  public var assumptions: [String]
  /// When the advisor is not sure: the likeliest intents, best first, to offer.
  public var alternatives: [IntentID]
  /// Profile slots the question stated.
  public var profileUpdate: Profile
  /// For a question declined as off-topic that still asked a topic in the intent files' own
  /// words ("how much do dentists make?"): that topic, which a follow-up ("what about
  /// directors?") goes on with.
  public var declinedTopic: IntentID? = nil
  /// Whether the two roles are the ends of a way, start first: "how long to get there from
  /// R&D engineer?" about R&D managers asks about the way, not about becoming either.
  public var isWayBetween = false
  /// A job title no role has: named by this question when it is declined ("what does a site
  /// engineer do?"), or pointed at by it afterwards ("how much do they make?").
  public var unknownTitle: String? = nil
  /// What the question asks of a degree or certification ("how long"): in its own words, or,
  /// for a follow-up that only names another ("and the PE?" after "how long does the PMP
  /// take?"), the question before's.
  public var facets: [Cue] = []
  /// The pay sum a question about pay weighs.
  ///
  /// Its own ("is 150k good?"), or, for one that points back at it ("how does that compare to
  /// the BLS median?"), the one just weighed. Only the answer on pay reads it, so no other
  /// question looks for one.
  var sum: Money? = nil
  /// The facets of the intent's topic file the question asks for ("team size"): in its own
  /// words, or, for a follow-up that only names another role ("and a director?" after how
  /// many people an engineering manager manages), the question before's.
  var topicFacets: [String] = []
  /// Whether the question asks who reports to its roles ("who reports to a VP?"), not whom
  /// they report to.
  var asksWhoReports = false
}
