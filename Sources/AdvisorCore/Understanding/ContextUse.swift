/// How an intent uses the conversation: the values of an intent file's `context:` line.
///
/// What each does is Swift (`ContextResolver`); which intents do it is data, so a new
/// intent file decides how it follows on from earlier questions.
public enum ContextUse: String, CaseIterable, Sendable {
  /// Small talk ("hi", "thanks", off-topic): it neither uses nor changes the conversation's
  /// topic.
  case smallTalk = "small talk"
  /// Its answer is about a role, so a question without one takes the role under discussion
  /// when it points at it ("how much do they make?").
  case role
  /// A bare follow-up ("what skills?", "and a VP?") goes on about the role under discussion.
  case followUp = "follow-up"
  /// A question without a role goes on about the role under discussion, unless it is about
  /// everyone or about a stage ("what's the typical salary?").
  case continuesRole = "continues role"
  /// A question about "me" uses the user's own role ("what would a PMP do for me?").
  case usesMyRole = "uses my role"
  /// A question about "me" uses the role the user aims for, else their own ("how do I get
  /// there?"); "there" is never the user's own role.
  case usesMyGoal = "uses my goal"
  /// Advice for the user: their own role, else their goal, else the roles under discussion
  /// (the goal they were asking about), without saying so.
  case advisesMe = "advises me"
  /// "What about defense?" after this topic asks the same about an industry.
  case industryFollowUp = "industry follow-up"
  /// "And the MBA?" after this topic asks the same about a degree.
  case degreeFollowUp = "degree follow-up"
  /// "And the CSM?" after this topic asks the same about a certification.
  case certificationFollowUp = "certification follow-up"
  /// A bare "manager" or "director" names the management track, not a role: "do I have
  /// to become a manager to keep growing?" is about no role.
  case titlesAreTracks = "titles are tracks"
  /// A question that names one role and points at the one under discussion as a place on
  /// the way ("how long to get there from R&D engineer?", "how would an R&D engineer become
  /// one?") is about the way between the two, where it starts first.
  case wayBetween = "way between"
  /// Without any of its own words, chosen only when likelier than not: a long question the
  /// learned weights lean towards a goodbye on, under 50%, is not one (the classifier passes
  /// it over). Nor is it chosen for a question with a topic's words: "Good afternoon. What
  /// does a director do?" asks what a director does.
  case needsItsWords = "needs its words"
  /// Without any of its own words, chosen only when likelier than not, but still chosen in a
  /// long question or before a topic's words: "what exactly does an R&D engineer do?", read
  /// as a request for help at 22% for want of anything likelier, is none, while "Good
  /// morning. What topics can you advise on?" is one.
  case needsItsWordsWhenUnsure = "needs its words when unsure"
}
