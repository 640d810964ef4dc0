import AdvisorCore

/// Knowledge files, as `advisor --knowledge DIR` loads them, and what must hold of any set that
/// loads.
///
/// The payload holds the files separated by NUL bytes, each its path (`roles/x.role`), a line
/// end, then its text. When the files are refused, the error names one of them and a line it
/// has. When they load: loading again gives the same knowledge base, and an advisor over it
/// answers a question about each role without control characters.
enum KnowledgeProperties {
  /// Roles asked about per input; more cost time without reaching new code.
  static let maximumRoles = 6

  /// Loads the files and checks the knowledge base.
  /// - Throws: `PropertyViolation` for the first property that fails.
  static func check(_ payload: [UInt8]) throws(PropertyViolation) {
    let body = payload.first == 10 ? Array(payload.dropFirst()) : payload
    let files = body.split(separator: 0).map { bytes in
      let name = bytes.prefix { $0 != 10 }
      return (
        name: String(decoding: name, as: UTF8.self),
        text: String(decoding: bytes.dropFirst(name.count + 1), as: UTF8.self)
      )
    }
    let knowledge: KnowledgeBase
    do throws(KnowledgeError) {
      knowledge = try KnowledgeBase(files: files)
    } catch {
      try checkError(error, files)
      return
    }
    try PropertyViolation.require(
      (try? KnowledgeBase(files: files)) == knowledge,
      "loading the same files twice gives the same knowledge",
      files.map(\.name).joined(separator: ", "))
    try checkAnswers(knowledge)
  }

  /// A refusal names a file of the set (or a missing one) and a line that file has; a set
  /// may hold two files of one name (a folder cannot), so the longer counts.
  private static func checkError(_ error: KnowledgeError, _ files: [(name: String, text: String)])
    throws(PropertyViolation)
  {
    let named = files.filter { $0.name == error.file }
    guard !named.isEmpty else { return }
    let lines =
      named.map { $0.text.utf8.split(separator: 10, omittingEmptySubsequences: false).count }.max() ?? 0
    try PropertyViolation.require(
      (0...lines).contains(error.line), "a knowledge error names a line of its file",
      "\(error) in a file of \(lines) lines")
  }

  /// Every role asked about by title gets an answer free of control characters.
  private static func checkAnswers(_ knowledge: KnowledgeBase) throws(PropertyViolation) {
    let advisor = Advisor(knowledge: knowledge, intents: .embedded())
    for role in knowledge.roles.prefix(maximumRoles) {
      var state = ConversationState()
      let question = "what does a \(role.title) do?"
      let text = PlainRenderer.render(advisor.respond(to: question, state: &state).answer)
      let control = text.unicodeScalars.first { $0 != "\n" && $0.properties.generalCategory == .control }
      try PropertyViolation.require(
        control == nil, "answers from knowledge files hold no control character but the line feed",
        "\(question.debugDescription) → \(text.debugDescription)")
    }
  }
}
