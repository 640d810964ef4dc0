import AdvisorCore

/// Intent files, as `advisor --intents DIR` loads them, and what must hold of any set that
/// loads.
///
/// The payload holds the files' texts separated by NUL bytes. When they load as a library:
/// every definition written back as a file parses to the same definition; the library
/// loaded from those files classifies every example exactly as the original does, and as
/// itself on a second try; and the advisor answers every example.
enum IntentProperties {
  /// Examples classified per input; more cost time without reaching new code.
  static let maximumExamples = 12

  /// Loads the files and checks the library.
  /// - Throws: `PropertyViolation` for the first property that fails.
  static func check(_ payload: [UInt8]) throws(PropertyViolation) {
    let files = payload.split(separator: 0, omittingEmptySubsequences: false).enumerated().map {
      (name: "fuzz-\($0.offset).intent", text: String(decoding: $0.element, as: UTF8.self))
    }
    guard let library = try? IntentLibrary(files: files) else { return }
    let rendered = library.definitions.map { (name: $0.file, text: IntentFileRenderer.render($0)) }
    let reloaded: IntentLibrary
    do throws(IntentFileError) {
      reloaded = try IntentLibrary(files: rendered)
    } catch {
      throw PropertyViolation(
        "an intent file written back parses",
        "\(error.problem) at \(error.file):\(error.line) in:\n"
          + rendered.map(\.text).joined(separator: "\n"))
    }
    for (original, again) in zip(library.definitions, reloaded.definitions) {
      try PropertyViolation.require(
        IntentFileRenderer.same(original, again), "an intent file written back parses to the same definition",
        IntentFileRenderer.render(original))
    }
    try checkExamples(library, reloaded)
  }

  /// Both libraries classify every example alike, twice, and the advisor answers it.
  private static func checkExamples(_ library: IntentLibrary, _ reloaded: IntentLibrary)
    throws(PropertyViolation)
  {
    let advisor = Advisor(knowledge: .standard, intents: library, lexicon: .embedded())
    let again = Advisor(knowledge: .standard, intents: reloaded, lexicon: .embedded())
    let examples = library.definitions.flatMap(\.examples).prefix(maximumExamples)
    for example in examples {
      let first = summary(advisor.analyze(example).classification)
      let second = summary(advisor.analyze(example).classification)
      let reloadedSummary = summary(again.analyze(example).classification)
      try PropertyViolation.require(
        first == second && first == reloadedSummary, "a library classifies its examples deterministically",
        "\(example.debugDescription): \(first) / \(second) / reloaded \(reloadedSummary)")
      var state = ConversationState()
      let reply = advisor.respond(to: example, state: &state)
      try PropertyViolation.require(
        !PlainRenderer.render(reply.answer).isEmpty, "every example gets a non-empty answer",
        example.debugDescription)
    }
  }

  /// What a classification decided, comparable as text.
  private static func summary(_ classification: Classification) -> String {
    let ranked = classification.ranked.map { "\($0.intent.rawValue) \($0.score)" }
    return "\(classification.intent.rawValue) \(classification.confidence) \(classification.isUnsure) "
      + "\(classification.topicScore) [\(ranked.joined(separator: ", "))]"
  }
}
