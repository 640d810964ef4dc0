/// The advisor's response to one line: what it understood and what it answers.
public struct Reply: Sendable {
  public let input: String
  public let answer: Answer
  /// The question as the answer was composed for, kept whole: its analysis, resolution and
  /// profile move in from composing rather than being copied out, one reference count each.
  let request: Request
  /// Where `sources` are looked up.
  let knowledge: KnowledgeBase

  /// How understanding read the question, before the conversation, for `:why`.
  public var analysis: Analysis { request.analysis }
  /// The question understood in its conversation: its intent, entities and assumptions.
  var resolution: Resolution { request.resolution }

  public var intent: IntentID { resolution.intent }
  public var confidence: Double { resolution.confidence }
  /// Entities found in the question or carried from the conversation.
  public var entities: Entities { resolution.entities }
  /// What the conversation and the profile changed ("Still about the VP of engineering."),
  /// for `:why`.
  public var assumptions: [String] { resolution.assumptions }

  /// The sources the answer used (`answer.sources`), as the registry gives them.
  ///
  /// Looked up when asked, by a JSON turn or `:sources`: most replies are rendered and
  /// dropped, and copying each source out of the registry for them cost a lookup by id and a
  /// list to free.
  public var sources: [Source] {
    answer.sources.compactMap(knowledge.source)
  }
}
