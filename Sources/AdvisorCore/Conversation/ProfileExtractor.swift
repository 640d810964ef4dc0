/// Reads explicit statements about the user out of an analyzed question.
///
/// Only first-person statements count ("I'm a civil engineer", "I have a PMP", "I want
/// to become a director"): "how much does a director make?" says nothing about the
/// user, "do I have to be a principal engineer?" asks rather than states, and "I don't have
/// a PMP" does not give them one. The words that signal each are
/// cues (`Intents/statements.cues`), found by understanding. A message read as a profile
/// states too, with no "I" in it: "civil eng, 3 yrs as a project engineer".
enum ProfileExtractor {
  /// How many words before an entity a goal, a negation or an undertaking still applies to it.
  private static let window = 4

  /// The profile slots the question states; empty when it states none.
  /// - Parameters:
  ///   - analysis: the message, understood.
  ///   - readAsProfile: whether the conversation reads the message as a profile statement
  ///     whatever the classifier says.
  /// - Returns: the slots stated, or an empty profile.
  static func profile(from analysis: Analysis, readAsProfile: Bool = false) -> Profile {
    let cues = analysis.cues
    let states =
      readAsProfile || analysis.classification.intent == .profile
      || cues.found.contains { $0.cue == .statement && !cues.has(.inversion, at: $0.position - 1) }
    guard states else { return Profile() }
    var update = Profile()
    update.years = cues.years
    // "Studying civil engineering", not "studying for the PMP".
    update.isStudying = cues.found.contains {
      $0.cue == .studying && !cues.has(.undertaking, at: $0.position)
    }
    var withheld: Range<Int>? = nil
    var goal: (role: RoleID, range: Range<Int>)? = nil
    var weighsGoals = false
    for (mention, range) in analysis.mentions {
      guard case .entity(let entity) = mention else { continue }
      let position = range.lowerBound
      // A role joined to a goal is one too: "become a project manager or a construction manager".
      // A role offered or sought is one: "I got an offer for 165k as engineering manager".
      if case .role(let role) = entity,
        cues.has(.goal, before: position, within: window) || isProspect(range, analysis)
          || goal.map({ isJoined($0.range, to: range, in: analysis.words) }) ?? false
      {
        let weighed = goal.map { $0.role != role && isWeighed($0.range, against: range, analysis.words) }
        weighsGoals = weighsGoals || weighed ?? false
        goal = (role, range)
        continue
      }
      if cues.has(.negation, before: position, within: window) || isUndertaken(entity, at: position, cues)
        || withheld.map({ isJoined($0, to: range, in: analysis.words) }) ?? false
      {
        withheld = range
        continue
      }
      switch entity {
      case .role(let role): update.role = update.role ?? role
      case .discipline(let discipline): update.discipline = update.discipline ?? discipline
      case .industry(let industry): update.industry = update.industry ?? industry
      case .degree(let degree): update.degrees.append(degree)
      case .certification(let certification): update.certifications.append(certification)
      case .specialization: break
      }
    }
    // "Thinking about EM vs staff engineer" weighs two goals and sets neither.
    update.targetRole = weighsGoals ? nil : goal?.role
    // "A bachelor's in civil engineering": the field of a degree held is the user's discipline,
    // found inside the degree's name rather than as a name of its own.
    if update.discipline == nil, !update.degrees.isEmpty {
      update.discipline = analysis.entities.disciplines.first
    }
    return update
  }

  /// Whether the degree or certification named at `position` is one the user would take.
  ///
  /// "Or take the PMP exam first" holds no PMP. Only these two: "starting as a project
  /// engineer" states a role.
  private static func isUndertaken(_ entity: Entity, at position: Int, _ cues: Cues) -> Bool {
    switch entity {
    case .degree, .certification: cues.has(.undertaking, before: position, within: window)
    default: false
    }
  }

  /// Whether the role named at `range` is offered or sought: "a VP offer", or "an offer …
  /// as engineering manager", but not "staying principal" after "a VP offer", whose "offer"
  /// is the VP's.
  private static func isProspect(_ range: Range<Int>, _ analysis: Analysis) -> Bool {
    let cues = analysis.cues
    if cues.has(.prospect, at: range.upperBound) { return true }
    let roleEnds = analysis.mentions.compactMap { mention, range in
      if case .entity(.role) = mention { range.upperBound } else { nil }
    }
    return cues.found.contains {
      $0.cue == .prospect && $0.position < range.lowerBound && $0.position >= range.lowerBound - window
        && !roleEnds.contains($0.position)
    }
  }

  /// Whether `later` is joined to `earlier` by no more than "or", "and" or an article: "get a
  /// PMP or a Scrum Master certificate" wishes for both.
  private static func isJoined(_ earlier: Range<Int>, to later: Range<Int>, in words: [String]) -> Bool {
    words[earlier.upperBound..<later.lowerBound].allSatisfy { Self.joining.contains($0) }
  }

  /// Whether `later` is set against `earlier` by "or" or "vs", with nothing else between but
  /// joining words: "EM or staff engineer" is a choice, not two goals.
  private static func isWeighed(_ earlier: Range<Int>, against later: Range<Int>, _ words: [String]) -> Bool {
    let between = words[earlier.upperBound..<later.lowerBound]
    return between.contains { Self.weighing.contains($0) }
      && between.allSatisfy { Self.weighing.contains($0) || Self.joining.contains($0) }
  }

  /// The words that set one name against another.
  private static let weighing: Set<String> = ["or", "vs", "versus", "v"]

  /// Whether the question names a role as where the user is going: "how long to become a
  /// director?", "get to construction manager".
  static func namesAGoal(_ analysis: Analysis) -> Bool {
    analysis.mentions.contains { mention, range in
      guard case .entity(.role) = mention else { return false }
      return analysis.cues.has(.goal, before: range.lowerBound, within: window)
    }
  }

  /// The words that join two names into one list, or one step to the next ("and then a director").
  private static let joining: Set<String> = ["or", "and", "then", "a", "an", "the", "nor", "either"]
}
