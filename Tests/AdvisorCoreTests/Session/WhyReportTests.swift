import Testing

@testable import AdvisorCore

/// `:why` and `:sources`: the last turn explained, and its facts' sources listed.
@Suite struct WhyReportTests {
  private func message(_ session: inout Session, _ line: String) -> String {
    guard case .message(let text) = session.handle(line) else { return "" }
    return text
  }

  @Test func whyNamesTheIntentTheRunnerUpAndTheirFeatures() {
    var session = Session(advisor: TestAdvisor.advisor())
    _ = session.handle("how much does an em make")
    let why = message(&session, ":why")
    #expect(
      why.hasPrefix("Why the answer to \"how much does an em make\":\nWords: how much does an em make\n"))
    #expect(why.contains("Entities: roles: engineering_manager"))
    #expect(why.contains("Best, salary:\n  for:     intent file +"))
    #expect(why.contains("\nRunner-up, "))
    #expect(why.contains("Chosen: salary"))
    #expect(why.hasSuffix("Facts from: payscale2025, article, blsOOH2024Compiled"))
  }

  @Test func whySaysWhatTheConversationAdded() {
    var session = Session(advisor: TestAdvisor.advisor())
    _ = session.handle("what does a CTO do?")
    _ = session.handle("how much do they make?")
    let why = message(&session, ":why")
    #expect(why.contains("Roles from the conversation or your profile: cto"))
  }

  @Test func sourcesListsTitlePublisherYearAndAddress() {
    var session = Session(advisor: TestAdvisor.advisor())
    #expect(message(&session, ":sources") == Session.nothingYet)
    _ = session.handle("how much does an em make")
    let sources = message(&session, ":sources")
    #expect(
      sources.hasPrefix(
        "Sources of the last answer:\n- [payscale2025] Payscale, Engineering Manager Salary, Payscale, 2025. https://www.payscale.com/"
      ))
    #expect(sources.contains("- [blsOOH2024Compiled] "))
    // Asked in words, the same list; the question does not replace the answer it is about.
    #expect(message(&session, "what are your sources?") == sources)
    #expect(message(&session, "where does this come from?") == sources)
  }

  @Test func sourcesAllListsTheWholeRegistryGrouped() {
    var session = Session(advisor: TestAdvisor.advisor())
    let all = message(&session, ":sources all")
    #expect(all.hasPrefix("Official statistics: 25\n- [blsOOH"))
    #expect(all.contains("\n\nProfessional bodies: "))
    #expect(all.contains("\n\nUniversities: "))
    #expect(all.contains("\n\nPractitioner opinion (attributed in answers): "))
    #expect(
      all.split(separator: "\n").filter { $0.hasPrefix("- [") }.count
        == TestAdvisor.advisor().knowledge.sources.count)
    #expect(message(&session, ":sources some").hasPrefix("':sources' takes nothing after it"))
  }
}
