import Testing

@testable import AdvisorCore

/// "Those" after an answer that lists roles points at the roles listed, not at the role the
/// answer was about; with no roles listed, it is the role under discussion, as "they" is.
@Suite struct ListedRolesTests {
  @Test func thoseAfterTheNextStepsAreTheNextSteps() {
    let replies = TestAdvisor.conversation([
      "what comes after engineering manager?", "how much do those roles pay?",
    ])
    #expect(replies[1].intent == .salary)
    #expect(
      replies[1].entities.roles == [
        .seniorEngineeringManager, .engineeringDirector, .seniorEngineeringDirector,
      ])
    #expect(
      replies[1].text.hasPrefix(
        "(Taking that to mean the senior engineering manager and the engineering director and the senior engineering director.)"
      ))
    #expect(replies[1].text.contains("Engineering director: $167,740 median annual pay in May 2024"))
  }

  @Test func thoseAfterAReportingLineAreTheRolesReportedTo() {
    let replies = TestAdvisor.conversation([
      "who does an engineering manager report to?", "what do those jobs involve?",
    ])
    #expect(replies[1].intent == .roleOverview)
    #expect(replies[1].entities.roles == [.engineeringDirector, .vpEngineering])
  }

  @Test func thoseWithNoRolesListedIsTheRoleUnderDiscussionWithoutANote() {
    let replies = TestAdvisor.conversation(["tell me about directors", "how much do those make?"])
    #expect(replies[1].intent == .salary)
    #expect(replies[1].entities.roles == [.engineeringDirector])
    #expect(!replies[1].text.hasPrefix("(Taking that to mean"))
  }

  @Test func onlyTheAnswerJustBeforeListsRoles() {
    var state = ConversationState()
    let advisor = TestAdvisor.advisor()
    _ = advisor.respond(to: "what comes after engineering manager?", state: &state)
    #expect(
      state.listedRoles == [.seniorEngineeringManager, .engineeringDirector, .seniorEngineeringDirector])
    _ = advisor.respond(to: "what skills does an engineering manager need?", state: &state)
    #expect(state.listedRoles.isEmpty)
  }

  @Test func choosingAmongThoseWithNoListChoosesAmongTheRolesDiscussed() {
    let choice = TestAdvisor.conversation([
      "what do engineering managers earn?", "and directors?", "which of those jobs is less stressful?",
    ])
    #expect(choice[2].entities.roles == [.engineeringManager, .engineeringDirector])
    let one = TestAdvisor.conversation([
      "what do engineering managers earn?", "what does a CTO do?", "how stressful are those jobs?",
    ])
    #expect(one[2].entities.roles == [.cto])
  }

  @Test func whichOneAfterOneRoleAtATimeChoosesBetweenTheRolesDiscussed() {
    let replies = TestAdvisor.conversation([
      "what does a staff engineer earn?", "and an engineering manager?", "which one gets paid more?",
    ])
    #expect(replies[2].intent == .salary)
    #expect(replies[2].entities.roles == [.staffEngineer, .engineeringManager])
    #expect(replies[2].text.hasPrefix("Pay: Staff engineer vs engineering manager:"))
  }
}
