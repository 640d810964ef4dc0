import Testing

@testable import AdvisorCore

/// Builds what the tests need from the embedded intents and the standard knowledge base.
///
/// A fresh value each time: the analyzer owns a stemmer that is not thread-safe, and
/// Swift Testing runs tests in parallel.
enum TestAdvisor {
  static func library() -> IntentLibrary {
    IntentLibrary.embedded()
  }

  /// The embedded library with its learned weights' thresholds replaced.
  static func intents(offTopicThreshold: Double? = nil, unsureMargin: Double? = nil) throws -> IntentLibrary {
    let weights = try #require(library().learned)
    return library().with(
      learned: LearnedWeights(
        intents: weights.intents, bias: weights.bias, prior: weights.prior, temperature: weights.temperature,
        offTopicThreshold: offTopicThreshold ?? weights.offTopicThreshold,
        unsureMargin: unsureMargin ?? weights.unsureMargin, table: weights.table, index: weights.index))
  }

  static func advisor() -> Advisor {
    Advisor(knowledge: .standard, intents: library(), lexicon: .embedded())
  }

  static func analyzer() -> QuestionAnalyzer {
    QuestionAnalyzer(knowledge: .standard, intents: library(), lexicon: .embedded())
  }

  /// One question answered in a fresh conversation.
  static func reply(_ question: String) -> Reply {
    var state = ConversationState()
    return advisor().respond(to: question, state: &state)
  }

  /// Several questions answered in one conversation.
  static func conversation(_ questions: [String], profile: Profile = Profile()) -> [Reply] {
    let advisor = advisor()
    var state = ConversationState(profile: profile)
    return questions.map { advisor.respond(to: $0, state: &state) }
  }
}

extension Reply {
  /// The answer as the user reads it in plain text.
  var text: String { PlainRenderer.render(answer) }
}

extension String {
  /// Whether `first` and `second` both occur, `first` ending before `second` starts: an
  /// answer's order, not only its contents.
  func has(_ first: String, before second: String) -> Bool {
    guard let one = range(of: first), let other = range(of: second) else { return false }
    return one.upperBound <= other.lowerBound
  }
}
