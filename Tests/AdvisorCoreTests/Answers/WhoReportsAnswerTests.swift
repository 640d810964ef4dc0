import Testing

@testable import AdvisorCore

/// "Who reports to a VP?" asks who is under a role, the other way from whom it reports to.
@Suite struct WhoReportsAnswerTests {
  @Test func whoReportsToARoleListsTheRolesThatReportToIt() {
    let reply = TestAdvisor.reply("who reports to a VP of engineering?")
    #expect(reply.intent == .reportsTo)
    #expect(
      reply.text.hasPrefix(
        "Reporting to a VP of engineering: an engineering manager and an engineering director."))
    #expect(
      TestAdvisor.reply("what roles report to the CTO?").text.hasPrefix(
        "Reporting to a chief technology officer: an engineering director."))
  }

  @Test func aFollowUpAskingWhoReportsToThemPointsAtTheRoleDiscussed() {
    let replies = TestAdvisor.conversation([
      "what does an engineering director do?", "and who reports to them?",
    ])
    #expect(replies[1].entities.roles == [.engineeringDirector])
    #expect(replies[1].text.hasPrefix("Reporting to an engineering director: an engineering manager."))
  }

  @Test(arguments: [
    "who does a director report to?", "who would I report to as a director?",
    "does a director report to a VP?",
  ])
  func aQuestionWithASubjectBeforeReportAsksWhomItReportsTo(question: String) {
    #expect(TestAdvisor.reply(question).text.hasPrefix("An engineering director reports to"))
  }

  @Test func aRoleNobodyIsSaidToReportToIsNotInTheSources() {
    #expect(
      TestAdvisor.reply("who reports to a project engineer?").text
        == "The sources I have do not say who reports to a project engineer.")
  }
}
