import AdvisorCore

/// Everything `advisor-fuzz` checks on one input, without libFuzzer: the executable and the
/// corpus tests both call `check(_:)`.
///
/// Holds the advisor built from the embedded intents once, since building it for every
/// input would cost more than the checks. Not thread-safe (the stemmer is not): use one
/// target per thread, as libFuzzer does.
public struct FuzzTarget {
  private let advisor: Advisor

  /// Builds the standard advisor the session and transcript modes talk to.
  public init() {
    advisor = Advisor(knowledge: .standard, intents: .embedded(), lexicon: .embedded())
  }

  /// Runs the properties of the input's mode on its payload.
  /// - Parameter input: a mode letter (`FuzzMode`), then the payload.
  /// - Throws: `PropertyViolation` for the first property that fails.
  public func check(_ input: [UInt8]) throws(PropertyViolation) {
    guard let first = input.first, let mode = FuzzMode(rawValue: first) else { return }
    let payload = Array(input.dropFirst())
    switch mode {
    case .session: try SessionProperties(advisor: advisor).check(payload)
    case .transcript: try TranscriptProperties(advisor: advisor).check(payload)
    case .profile: try ProfileProperties.check(payload)
    case .intents: try IntentProperties.check(payload)
    case .knowledge: try KnowledgeProperties.check(payload)
    }
  }
}
