import Testing

@testable import AdvisorCore

/// What a degree or certification costs: the prices the sources give (a figure described as
/// tuition or a fee), or plainly that they give none.
@Suite struct CostAnswerTests {
  @Test func aDegreesPriceLeadsItsAnswer() {
    let reply = TestAdvisor.reply("how much does an MEM cost?")
    #expect(reply.entities.degrees == [.mem])
    #expect(
      reply.text.hasPrefix(
        "Master of Engineering Management (MEM):\n- $69,600 tuition for Duke's campus MEM (two semesters) in 2025–26"
      ))
  }

  @Test func aCertificationWithoutAPriceSaysSoAndWhatItAsks() {
    let reply = TestAdvisor.reply("how much does the PMP cost?")
    #expect(reply.intent == .certifications)
    #expect(
      reply.text.has(
        "The sources I have do not say what it costs.", before: "What it asks: 35 hours of training or a CAPM"
      ))
    #expect(!reply.text.contains("$"), "no figure is a price of the PMP")
  }

  @Test func aFeeIsAPrice() {
    let text = TestAdvisor.reply("what does the PE license cost?").text
    #expect(text.contains("$225 FE exam registration fee per attempt"))
    #expect(!text.contains("do not say what it costs"))
  }

  @Test func aDegreesValueAskedWithItsCostSaysWhatTheSourcesGiveFirst() {
    let reply = TestAdvisor.reply("Is an MBA just an expensive piece of paper for an engineer?")
    #expect(reply.intent == .degreeValue)
    #expect(reply.text.has("The sources I have do not say what it costs.", before: "GMAC 2024"))
  }

  @Test func theCostAndTimeOfTheDegreeJustDiscussedAreAnsweredTogether() {
    let replies = TestAdvisor.conversation([
      "tell me about the MEM", "how much does it cost and how long does it take?",
    ])
    #expect(replies[1].entities.degrees == [.mem])
    #expect(replies[1].text.has("$69,600 tuition", before: "How long: One to two years"))
  }
}
