import Testing

@testable import AdvisorCore

/// "That" as the pay sum just weighed (ContextResolver+Sums).
@Suite struct SumsInContextTests {
  @Test(arguments: ["how does that compare to the BLS median?", "is that above average?"])
  func aQuestionPointingBackAtASumWeighsItAgain(question: String) {
    let replies = TestAdvisor.conversation(["I make 150k as an engineering manager, is that good?", question])
    #expect(replies[1].intent == .salary, "'\(question)'")
    #expect(replies[1].entities.roles == [.engineeringManager], "'\(question)'")
    #expect(replies[1].text.contains("$150,000 against what the sources give:"), "'\(question)'")
    #expect(replies[1].text.contains("below the $167,740 median annual pay"), "'\(question)'")
  }

  @Test func aQuestionNamingAnotherRoleAsksItsPayWithoutTheSum() {
    let replies = TestAdvisor.conversation([
      "I make 150k as an engineering manager, is that good?", "and what about for a director?",
    ])
    #expect(replies[1].entities.roles == [.engineeringDirector])
    #expect(!replies[1].text.contains("$150,000"))
  }

  @Test func theSumIsForgottenAfterAnAnswerThatDidNotWeighIt() {
    let replies = TestAdvisor.conversation([
      "I make 150k as an engineering manager, is that good?", "what skills do they need?",
      "how does that compare to the BLS median?",
    ])
    #expect(!replies[2].text.contains("$150,000"))
  }
}
