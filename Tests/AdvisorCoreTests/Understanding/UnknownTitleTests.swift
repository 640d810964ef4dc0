import Testing

@testable import AdvisorCore

/// A declined question that names a job title none of the roles has is told so, rather than
/// that it was not understood.
@Suite struct UnknownTitleTests {
  @Test func anArticleAQualifierAndATitleWordNameATitle() {
    let analyzer = TestAdvisor.analyzer()
    #expect(analyzer.analyze("What is an Integration Engineer?").unknownTitle == "integration engineer")
    #expect(analyzer.analyze("how much does a plant manager make?").unknownTitle == "plant manager")
  }

  @Test func aKnownRoleOrWordsWithoutAnArticleAreNoUnknownTitle() {
    let analyzer = TestAdvisor.analyzer()
    #expect(analyzer.analyze("what does an engineering manager do?").unknownTitle == nil)
    #expect(analyzer.analyze("what does a project engineer do?").unknownTitle == nil)
    #expect(analyzer.analyze("tell me a joke about engineers").unknownTitle == nil)
    #expect(analyzer.analyze("my engineer is late again").unknownTitle == nil)
  }

  @Test func aDeclinedQuestionNamesTheTitleAndTheOneRoleSharingItsFirstWord() {
    let plant = TestAdvisor.reply("how much does a plant manager make?")
    #expect(plant.intent == .unknown)
    #expect(
      plant.text
        == "I have no facts about the plant manager role: I cover the roles of the engineering-management career path. Type :ladder to see them."
    )
    let integration = TestAdvisor.reply("What is an Integration Engineer?")
    #expect(integration.intent == .unknown)
    #expect(integration.text.hasSuffix("The nearest I know: an integration manager."))
  }

  @Test func theyAfterAnUnknownTitleIsThatTitleUntilARoleIsNamed() {
    let replies = TestAdvisor.conversation([
      "how much does an engineering manager make?", "how much does a plant manager make?",
      "and what do they do all day?", "what about a construction manager?", "how much do they make?",
    ])
    #expect(replies[2].text.hasPrefix("I have no facts about the plant manager role"))
    #expect(replies[2].entities.roles.isEmpty)
    #expect(replies[3].entities.roles == [.constructionManager])
    #expect(replies[4].entities.roles == [.constructionManager])
    #expect(!replies[4].text.contains("plant manager"))
  }
}
