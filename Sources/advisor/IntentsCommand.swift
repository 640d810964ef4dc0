import AdvisorCore

/// `advisor intents [ID]`: every intent with its summary and strongest learned keywords, or
/// one intent's keywords in full, like a vocabulary list.
struct IntentsCommand {
  let advisor: Advisor

  /// How many keywords the list of all intents shows for each, and one intent's list.
  static let brief = 6
  static let full = 25

  /// Prints the list and returns the exit code.
  /// - Throws: `CLIError.usage` for an intent no file defines.
  func run(_ id: String?) throws(CLIError) -> Int32 {
    guard let weights = advisor.intents.learned else {
      throw .usage("these intents have no examples to learn from, so no learned keywords")
    }
    guard let id else {
      for definition in advisor.intents.definitions {
        let vocabulary = IntentVocabulary(intent: definition.intent, weights: weights, count: Self.brief)
        Output.standard.write("\(definition.intent.rawValue): \(definition.summary)\n")
        Output.standard.write("  " + IntentVocabulary.listed(vocabulary?.towards ?? []) + "\n")
      }
      return 0
    }
    guard let definition = advisor.intents.definitions.first(where: { $0.intent.rawValue == id }),
      let vocabulary = IntentVocabulary(intent: definition.intent, weights: weights, count: Self.full)
    else {
      let known = advisor.intents.definitions.map(\.intent.rawValue).joined(separator: ", ")
      throw .usage("no intent '\(TerminalText.sanitized(id))'; intents are \(known)")
    }
    Output.standard.write(
      """
      \(id): \(definition.summary)
      Learned from its examples, strongest first:
        for:     \(IntentVocabulary.listed(vocabulary.towards))
        against: \(IntentVocabulary.listed(vocabulary.away))

      """)
    return 0
  }
}
