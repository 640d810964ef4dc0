import AdvisorTestSupport
import Testing

@testable import AdvisorCore

/// How an intent follows on from earlier questions is data: its file's `context:` line.
@Suite struct ContextUseTests {
  /// An advisor over the repository's intent files, with one file's lines changed.
  private func advisor(editing file: String, _ edit: (String) -> String) throws -> Advisor {
    let files = try PackageRoot.files(in: "Intents").filter { IntentLibrary.isIntentFile($0.name) }
      .map { $0.name == file ? ($0.name, edit($0.text)) : $0 }
    return Advisor(knowledge: .standard, intents: try IntentLibrary(files: files))
  }

  private func roles(_ advisor: Advisor, _ questions: [String]) -> [RoleID] {
    var state = ConversationState()
    return questions.map { advisor.respond(to: $0, state: &state) }.last?.entities.roles ?? []
  }

  @Test func aTopicThatContinuesTheRoleTakesItFromTheConversation() throws {
    let advisor = try advisor(editing: "salary.intent") { $0 }
    #expect(roles(advisor, ["what does a CTO do?", "what's the typical salary?"]) == [.cto])
  }

  @Test func withoutItsContextLineTheTopicStandsAlone() throws {
    let advisor = try advisor(editing: "salary.intent") { text in
      text.split(separator: "\n").filter { !$0.hasPrefix("context:") }.joined(separator: "\n")
    }
    #expect(roles(advisor, ["what does a CTO do?", "what's the typical salary?"]) == [])
  }

  @Test func anUnknownContextUseNamesItsLine() {
    #expect(throws: IntentFileError(file: "x.intent", line: 2, problem: .unknownContextUse("sticky"))) {
      try IntentFileParser.parse("intent: salary\ncontext: role, sticky\n", file: "x.intent")
    }
  }
}
