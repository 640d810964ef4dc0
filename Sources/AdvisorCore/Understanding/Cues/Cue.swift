/// A kind of word cue the advisor looks for in a question: what the engine does with each
/// is Swift, the words that signal it are data (`Intents/*.cues`).
///
/// The raw value is the name a cue file writes before the colon.
public enum Cue: String, CaseIterable, Sendable {
  /// "they", "them": the question is about people.
  case people
  /// "it", "this": the question is about a thing (a degree, a certification).
  case thing
  /// "the exam", "the program": a thing named by its kind, the degree or certification under
  /// discussion ("when can I take the exam?" after the PE license).
  case kindOfThing = "kind of thing"
  /// "i", "my": the question is about the user.
  case me
  /// "engineers", "overall": about everyone, not the role under discussion.
  case everyone
  /// "stage", "level": about a stage of the ladder rather than a role.
  case stage
  /// "and", "what about" at the start: a follow-up of the last question.
  case followUp = "follow-up"
  /// "vs", "or" at the start: a comparison with the role under discussion.
  case comparison
  /// "more than", "compared to" anywhere: with a reference and one role named ("do they earn
  /// more than EMs?"), the role under discussion is measured against the one named.
  case contrast
  /// "than" anywhere: "more stressful than", "harder than". With a reference and one role
  /// named, measures like `contrast`, whatever the adjective between.
  case comparative
  /// "does not", "unlike": what one role does and another does not ("what does a program
  /// manager oversee that a project manager doesn't?").
  case unlike
  /// "how many": before a bare title, the people counted ("how many managers does a
  /// director have?"), not a role asked about.
  case counting
  /// "which one", "either": the question chooses between things just discussed.
  case choice
  /// "my", "her": before a bare title, a person rather than the role.
  case possessive
  /// "manager", "director": a title that alone after a possessive names a person.
  case bareTitle = "bare title"
  /// "sales", "restaurant": before a bare title, another line of work than engineering.
  case otherWork = "other work"
  /// "my teacher", "my doctor": a person in the user's life named by their work, who asks or
  /// advises, not the work asked about ("what is the average salary? my teacher wants a number").
  case acquaintance
  /// "principal duties", "staff members": a one-word name that starts these is no title ("the
  /// principal duties of a CTO").
  case notATitle = "not a title"
  /// "engineer", "manager", "lead": the last word of a job title, so that a declined question
  /// naming a title the advisor has no role for ("a plant manager") is told so.
  case jobTitle = "job title"
  /// "certification", "exam": a word after a credential's name, so that a question naming one
  /// the sources do not cover ("is the CAPM exam hard?") is told so.
  case credential
  /// "startup", "big company": a kind of employer, named without its industry.
  case setting
  /// "Texas", "the UK", "Toronto": a place other than the United States as a whole, which
  /// the sources' national figures do not speak for ("and in Texas?" after pay).
  case location
  /// "another topic", "completely unrelated": the question changes the subject, so nothing
  /// under discussion carries into it.
  case newTopic = "new topic"
  /// "there", "that industry": the industry just discussed ("do they pay well there?").
  case place
  /// "is there", "there are": "there" that names no place.
  case existential
  /// "what", "tell", "should i": the message asks something. One that states facts about
  /// the user and has none of these (nor a question mark) is a profile statement.
  case asking
  /// "i am", "currently": a statement about oneself.
  case statement
  /// "do", "should" just before a statement's words: they ask rather than state ("do I have
  /// to manage?" says nothing about what the user has).
  case inversion
  /// "become", "reach": before a role, the role is a goal.
  case goal
  /// "not", "without", "considering": before an entity, the user does not hold it.
  case negation
  /// "take the", "study for", "enroll in": before a degree or certification, one the user
  /// would undertake, not one held ("whether I should do a master's or take the PMP exam first").
  case undertaking
  /// "an offer", "interviewing for": before a role, one the user is offered or seeks, a goal
  /// rather than one held ("I got an offer for 165k as engineering manager").
  case prospect
  /// "a student", "studying", "sophomore": the user is still studying, not yet on the ladder.
  case studying
  /// "years", "yrs": after a number, years of experience.
  case yearUnit = "year unit"
  /// "of", "plus": between a number and its unit ("5 plus years").
  case yearJoiner = "year joiner"
  /// "in", "within": just before a number of years, a time ahead rather than experience
  /// ("replaced by AI in 10 years").
  case horizon
  /// Facets: the part of a topic a question asks for.
  case asksHowLong = "asks how long"
  case asksWhatItTeaches = "asks what it teaches"
  /// "stand for", "are there": what a thing is or which there are, whoever asks.
  case asksWhatItIs = "asks what it is"
  case asksWorth = "asks worth"
  case asksRequirements = "asks requirements"
  /// "cost", "tuition", "fee": what a degree or certification costs; a figure described in
  /// these words is a price.
  case asksCost = "asks cost"
  /// "most", "highest", "industries": the best of the pay, which the classifier weighs.
  case asksWherePayIsBest = "asks where pay is best"
  /// "industries", "sector", "where": pay asked of industries rather than a role's figures.
  case asksWhichIndustries = "asks which industries"
  /// "do i need", "is it required": whether something is needed, answered yes or no first.
  case asksIfNeeded = "asks if needed"
  /// "salary", "paid", "make more": the pay side of a comparison.
  case asksPay = "asks pay"
  /// "licensed", "exam": the question is about licensing, so "PE" is the licence.
  case licensing
  /// "where does this come from?", "what are your sources?": asks for the last answer's
  /// sources, as `:sources` does.
  case asksSources = "asks sources"
  /// "quel", "ist", "cuánto": a common word of another language written in Latin letters.
  /// Several of them make a question one the advisor cannot read ("Was ist ein
  /// Projektingenieur?"), which is worth saying in so many words.
  case otherLanguage = "other language"
  /// "engineering management": the field itself, asked about where no role is named ("what is
  /// engineering management?").
  case theField = "the field"
  /// "degree", "major", "industry": next to a role's line of work, the words name a subject
  /// or a sector ("a master's in construction management"), not the role.
  case fieldOfStudy = "field of study"

  /// "from": before a role, or a word pointing at one, where a way between two roles starts
  /// ("from there to project manager").
  case wayStart = "way start"
  /// "one": a holder of a role pointed at ("become one", "the engineering one").
  case holder
  /// "more", "less": the roles pointed at are weighed against each other ("does the senior one
  /// get paid more?"), so "the senior one" picks none of them.
  case weighing
  /// "go up", "a raise", "a pay cut": pay asked as it would change, from the user's role to
  /// the one they aim for.
  case payChange = "pay change"

  /// Whether the classifier learns a weight for the cue.
  ///
  /// "Which one", "how many" and "in" only say what a question points at or how to read a number;
  /// as features they would blur the topics asked about. Another language's words only say that the
  /// advisor cannot read the question, an undertaking or a prospect only what the user does not yet
  /// hold, studying only where the user stands, and a kind of thing only what it points at. The
  /// field's name only says what a role overview without a role is about, its words being features
  /// already; a field of study, the ends of a way, a holder and weighing only how to read a name or
  /// a pointer, a change of pay only whose pay to set side by side, and a title's last word and a
  /// credential's next word only how to name a title or a credential the advisor does not know; a
  /// place only that the figures are national ones, an acquaintance only who asks; "than" only what
  /// a role is measured against, the words around it being features already; which industries pay
  /// is asked in words that are features already (and in "asks where pay is best"), and what a
  /// thing costs in words that are features too.
  var isLearned: Bool {
    switch self {
    case .choice, .counting, .horizon, .otherLanguage, .undertaking, .prospect, .studying, .kindOfThing,
      .theField,
      .fieldOfStudy, .wayStart, .holder, .weighing, .payChange, .jobTitle, .credential, .comparative,
      .asksWhichIndustries, .asksCost, .newTopic, .location, .acquaintance:
      false
    default: true
    }
  }

  /// Whether the cue counts only as the question's first words.
  var isOpening: Bool { self == .followUp || self == .comparison }

  /// Every cue in declaration order, made once: `allCases` makes its array anew each time.
  static let ordered = allCases

  /// The cue's place in `ordered`, read from its one byte, which a case without a payload holds
  /// as its place in declaration order: finding it in the list costs tens of comparisons, for
  /// every cue of every question (CueTests checks the two agree).
  var ordinal: Int {
    Int(withUnsafeBytes(of: self) { $0[0] })
  }
}
