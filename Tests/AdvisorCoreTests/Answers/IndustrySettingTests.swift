import Testing

@testable import AdvisorCore

/// What an answer says of an industry the question is set in (AnswerComposer).
@Suite struct IndustrySettingTests {
  static let generalAnswer =
    "The sources I have do not say how this differs in aerospace: this is the general answer."

  @Test func anAnswerThatCannotSpeakToTheIndustrySaysItIsTheGeneralOne() {
    let replies = TestAdvisor.conversation([
      "how long would it take to become an engineering director?", "what about in aerospace?",
    ])
    #expect(replies[1].intent == .timeline)
    #expect(replies[1].entities.industries == [.aerospace])
    #expect(replies[1].text.contains(Self.generalAnswer))
  }

  @Test func twoIndustriesAreNamedTogether() {
    let replies = TestAdvisor.conversation([
      "do pms get paid well in construction", "vs software", "which is less stressful",
    ])
    #expect(
      replies[2].text.contains(
        "The sources I have do not say how this differs in construction or software: this is the general answer."
      ))
  }

  @Test func payIsGivenPerIndustrySoItNeedsNoSuchNote() {
    let reply = TestAdvisor.reply("how much do engineering managers make in aerospace?")
    #expect(reply.intent == .salary)
    #expect(!reply.text.contains("this is the general answer"))
  }

  @Test func theUsersOwnIndustryIsBackgroundNotASetting() {
    let reply = TestAdvisor.reply(
      "I'm a mechanical engineer in aerospace with 6 years, what should I do next?")
    #expect(reply.intent == .advice)
    #expect(!reply.text.contains(Self.generalAnswer))
  }
}
