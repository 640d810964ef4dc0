/// Credentials in a question that are not what it asks about, or that the sources do not cover.
extension ContextResolver {
  /// "I'm a civil engineer with 4 years of experience and an EIT, what next?" asks for advice:
  /// the EIT is part of who the user is.
  ///
  /// When a question about certifications or degrees names only ones it says the user holds,
  /// asks nothing about them (worth, requirements, what they are, whether one is needed), and
  /// its next reading is advice or the next step, that reading is the question's.
  func passOverBackground(_ analysis: Analysis, _ resolution: inout Resolution) {
    let cues = analysis.cues
    let held = resolution.profileUpdate
    let named = analysis.entities
    guard cues.has(.statement), !(named.certifications.isEmpty && named.degrees.isEmpty),
      Self.aboutCredentials.contains(resolution.intent),
      named.certifications.allSatisfy(held.certifications.contains),
      named.degrees.allSatisfy(held.degrees.contains),
      !Self.asksAboutAThing.contains(where: cues.has),
      let next = analysis.classification.ranked.first(where: { $0.intent != resolution.intent })?.intent,
      Self.waysOn.contains(next)
    else { return }
    resolution.intent = next
  }

  /// "Is the CAPM worth it for me?" asks about a credential the sources do not cover: the
  /// certifications answer says so, then names the ones they do, where a degree's answer would
  /// set the MEM against the MBA.
  func readUnknownCredential(_ analysis: Analysis, _ resolution: inout Resolution) {
    let named = resolution.entities
    guard named.certifications.isEmpty, named.degrees.isEmpty,
      Self.aboutCredentials.contains(resolution.intent),
      analysis.unknownCredential != nil
    else { return }
    resolution.intent = .certifications
  }

  /// The intents about a certification or a degree in itself.
  ///
  /// This and the short lists of intents like it are arrays, not sets: a set of ids is a type
  /// the runtime builds by name the first time it is used, which cost `advisor ask` 110,000
  /// instructions, 1.5% of its start.
  private static let aboutCredentials: [IntentID] = [.certifications, .education, .degreeValue]
  /// The intents about the user's way on.
  private static let waysOn: [IntentID] = [.advice, .nextStep]
  /// The cues that ask about a certification or a degree itself.
  private static let asksAboutAThing: [Cue] = [.asksWorth, .asksRequirements, .asksWhatItIs, .asksIfNeeded]
}
