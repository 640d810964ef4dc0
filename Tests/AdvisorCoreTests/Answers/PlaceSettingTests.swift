import Testing

@testable import AdvisorCore

/// What an answer says of a place the question is set in (AnswerComposer, places.cues).
@Suite struct PlaceSettingTests {
  static let nationalFigures =
    "The sources I have give no figures for a state, a city or another country: these are for the United States as a whole."

  @Test func payAskedInAStateIsGivenWithTheNationalFiguresAndSaysSo() {
    let reply = TestAdvisor.reply("how much do construction managers make in texas")
    #expect(reply.intent == .salary)
    #expect(reply.entities.roles == [.constructionManager])
    #expect(reply.text.contains("$"))
    #expect(reply.text.contains(Self.nationalFigures))
  }

  @Test func aPlaceAfterPayAsksThePayOfTheRoleUnderDiscussionThere() {
    let replies = TestAdvisor.conversation([
      "how much do engineering directors make?", "and in texas?", "what about in the UK?",
    ])
    for reply in replies.dropFirst() {
      #expect(reply.intent == .salary)
      #expect(reply.entities.roles == [.engineeringDirector])
      #expect(reply.text.contains(Self.nationalFigures))
    }
  }

  @Test func theOutlookInACountryIsTheNationalOneToo() {
    let reply = TestAdvisor.reply("is there demand for project managers in Canada?")
    #expect(reply.intent == .outlook)
    #expect(reply.text.contains(Self.nationalFigures))
  }

  @Test func payWithNoPlaceNeedsNoSuchNote() {
    let reply = TestAdvisor.reply("how much do project managers make in the US?")
    #expect(reply.intent == .salary)
    #expect(!reply.text.contains("another country"))
  }

  @Test func aLongerQuestionNamingAPlaceIsNoFollowUp() {
    let replies = TestAdvisor.conversation([
      "how much do engineering directors make?", "also any good late night pizza in austin",
      "Also, what's the capital of Australia?",
    ])
    #expect(replies[1].intent == .unknown)
    #expect(replies[2].intent == .unknown)
  }
}
