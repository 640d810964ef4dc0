import Testing

@testable import AdvisorCore

/// Issue 12, case 16: every change to the profile is acknowledged, and a slot that held
/// another value says old → new.
@Suite struct ProfileAcknowledgementTests {
  @Test func aChangedSlotSaysOldAndNew() {
    let replies = TestAdvisor.conversation([
      "I have 4 years of experience",
      "ok so honestly i've been a software dev for like 6 yrs and i'm kinda lost, what do you think",
    ])
    let text = PlainRenderer.render(replies[1].answer)
    #expect(text.contains("years of experience 4 → 6"), "\(text)")
  }

  @Test func anAnswerOnAnotherTopicSaysWhatWasNoted() {
    var before = Profile()
    before.years = 4
    var after = before
    after.years = 6
    after.certifications = [.pmp]
    let note = TestAdvisor.advisor().acknowledgement(from: before, to: after, intent: .salary)
    #expect(
      note == .text("Noted: you hold Project Management Professional (PMP); years of experience 4 → 6."))
    #expect(TestAdvisor.advisor().acknowledgement(from: after, to: after, intent: .salary) == nil)
  }

  @Test func aLicenceHeldTakesItsArticleAndANamedCertificationNone() {
    let replies = TestAdvisor.conversation([
      "I have my PE license and 6 years as a civil engineer", "I also got the PMP", "what next?",
    ])
    #expect(replies[0].text.contains("you hold a Professional Engineer (PE) license."), "\(replies[0].text)")
    #expect(
      replies[2].text.contains(
        "You already hold a Professional Engineer (PE) license and Project Management Professional (PMP)."),
      "\(replies[2].text)")
    // The EIT is the licence's first step: a holder is not offered it.
    #expect(!replies[2].text.contains("Consider Engineer in Training"), "\(replies[2].text)")
  }

  @Test func aDegreeNamedByItsAcronymKeepsItsCapitalsAndABachelorsDoesNot() {
    let mba = TestAdvisor.conversation(["I have an MBA"])
    #expect(mba[0].text.contains("you hold a Master of Business Administration (MBA)."), "\(mba[0].text)")
    let bachelors = TestAdvisor.conversation(["I have a bachelor's in civil engineering"])
    #expect(bachelors[0].text.contains("you hold a bachelor's degree."), "\(bachelors[0].text)")
  }
}
