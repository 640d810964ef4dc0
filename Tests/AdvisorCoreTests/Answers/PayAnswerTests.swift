import Testing

@testable import AdvisorCore

/// Which pay an answer gives: a role's figures, or the industries that pay best.
@Suite struct PayAnswerTests {
  static let byIndustry = "BLS mean wage of architectural and engineering managers by industry:"

  @Test func theMostARoleCanEarnIsItsOwnFigures() {
    let text = TestAdvisor.reply("what is the most an engineering director can earn?").text
    #expect(text.hasPrefix("Engineering director:\n- $167,740 median annual pay in May 2024"))
    #expect(!text.contains("High-paying industries"))
  }

  @Test func payInAnIndustryNamedGivesTheRolesFiguresThenTheIndustrys() {
    let text = TestAdvisor.reply("what do engineering managers earn in the pharmaceutical industry?").text
    #expect(
      text.has(
        "- $121,560 average salary in 2025",
        before: "High-paying industries include software, aerospace and pharmaceuticals"))
    #expect(text.contains("The sources I have give no salary figure for pharmaceuticals specifically."))
  }

  @Test func whichIndustriesPayBestAfterTwoRolesPayIsNotTheComparisonAgain() {
    let replies = TestAdvisor.conversation([
      "construction manager vs project manager salary", "which industries pay best for them?",
    ])
    #expect(replies[0].text.contains("Like for like"))
    #expect(replies[1].intent == .salary)
    #expect(replies[1].text.contains(Self.byIndustry))
    #expect(!replies[1].text.contains("Like for like"))
  }

  @Test func whichOfThemPaysMostAfterTwoRolesComparesThem() {
    let replies = TestAdvisor.conversation([
      "construction manager vs project manager salary", "which of them earns the most?",
    ])
    #expect(replies[1].text.contains("Like for like"))
  }

  @Test func whichOfThemPaysMostAfterIndustriesListsTheIndustries() {
    let replies = TestAdvisor.conversation([
      "which industries hire engineering managers?", "which of them pay the most?",
    ])
    #expect(replies[1].intent == .salary)
    #expect(replies[1].text.contains(Self.byIndustry))
  }

  @Test func threeRolesPayListsEachThenTheHighestLikeForLike() {
    let text = TestAdvisor.reply(
      "how much do project engineers, project managers and construction managers make?"
    ).text
    #expect(text.hasPrefix("Pay: Project engineer, project manager and construction manager:\n"))
    #expect(text.contains("- Project engineer: The sources I have give no salary figure for this title."))
    #expect(text.contains("- Project manager: $100,750 median annual pay in May 2024"))
    #expect(text.contains("- Construction manager: $106,980 median annual pay in May 2024"))
    #expect(
      text.contains("median annual pay, May 2024): Construction manager is the highest of the 2 it covers."))
  }

  @Test func aChangeInMyPaySetsMyRoleAgainstTheOneIAimFor() {
    let replies = TestAdvisor.conversation([
      "I'm an engineering manager and I want to become a director", "would my pay go up much?",
    ])
    #expect(replies[1].intent == .salary)
    #expect(replies[1].entities.roles == [.engineeringManager, .engineeringDirector])
    #expect(
      replies[1].text.hasPrefix("(Your role against the one you aim for.)\nPay: Engineering manager vs"))
  }
}
