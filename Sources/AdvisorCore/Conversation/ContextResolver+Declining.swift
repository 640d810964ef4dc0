/// Questions the advisor declines, and what a declined question still says: questions about
/// other work or another occupation, and the topic a declined question asks in the intent
/// files' own words.
extension ContextResolver {
  /// Whether a question asks about another career: "how much does a sales manager make?".
  ///
  /// A title after a word naming other work, with nothing of the field named, is declined
  /// rather than answered for engineering managers. A statement about oneself ("I'm a sales
  /// manager…") still goes on.
  func asksAboutOtherWork(_ analysis: Analysis) -> Bool {
    analysis.entities.isEmpty && !analysis.cues.has(.me)
      && analysis.words.indices.contains { QuestionAnalyzer.isTitleOfOtherWork(at: $0, cues: analysis.cues) }
  }

  /// "Which language should I learn for making video games?": skills, pay or hours asked of
  /// something the off-topic file names, with none of the field's names and nothing pointing
  /// back ("do they work crazy hours like doctors do?" still asks about them), is declined
  /// rather than answered for the role under discussion. Not when the occupation is who asks:
  /// "what is the average salary? My teacher wants an actual number."
  func asksAboutOtherOccupation(_ analysis: Analysis) -> Bool {
    analysis.entities.isEmpty && analysis.references.isEmpty && analysis.classification.namesOffTopic
      && does(analysis.classification.intent, .continuesRole) && !analysis.cues.has(.acquaintance)
  }

  /// How much of its topic's words a declined question needs for a follow-up to go on with
  /// that topic: "how much … make" (4.5), not a lone "should I" (3).
  static let declinedTopicMinimum = 4.0

  /// The topic a declined question asked in the intent files' own words ("how much … make"
  /// of dentists), if any: its best on-topic reading, when that has topic words enough.
  func topicOfDeclined(_ analysis: Analysis) -> IntentID? {
    guard let best = analysis.classification.ranked.first(where: { $0.intent != .unknown }),
      best.hand.topicScore >= Self.declinedTopicMinimum, !does(best.intent, .smallTalk),
      best.intent != .profile
    else { return nil }
    return best.intent
  }
}
