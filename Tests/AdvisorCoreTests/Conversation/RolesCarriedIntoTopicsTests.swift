import Testing

@testable import AdvisorCore

/// Topics that go on about the role under discussion when a question names none, as the
/// contract has it ("When a question carries no role but the conversation has one, the role
/// comes from the conversation").
@Suite struct RolesCarriedIntoTopicsTests {
  @Test func anIndustryQuestionGoesOnAboutTheRole() {
    let replies = TestAdvisor.conversation([
      "What does an engineering manager do?", "Is automotive a good option?",
    ])
    #expect(replies[1].intent == .industries)
    #expect(replies[1].entities.roles == [.engineeringManager])
    #expect(replies[1].entities.industries == [.automotive])
  }

  @Test func aTrackQuestionGoesOnAboutTheRoleAndItsTitleIsNoRole() {
    let replies = TestAdvisor.conversation([
      "What does a staff engineer do?", "do I actually have to become a manager to keep growing?",
    ])
    #expect(replies[1].intent == IntentID("track_choice"))
    #expect(replies[1].entities.roles == [.staffEngineer])
  }

  @Test func aTrackQuestionOpeningAConversationIsAboutNoRole() {
    let replies = TestAdvisor.conversation(["do I actually have to become a manager to keep growing?"])
    #expect(replies[0].intent == IntentID("track_choice"))
    #expect(replies[0].entities.roles.isEmpty)
  }

  @Test func aRoleNamedInARequestForHelpIsWhomTheyPointAt() {
    let replies = TestAdvisor.conversation([
      "can you help me with questions about engineering directors?", "what skills do they need?",
    ])
    #expect(replies[0].intent == .help)
    #expect(replies[1].intent == .skills)
    #expect(replies[1].entities.roles == [.engineeringDirector])
  }

  @Test func aDeclinedQuestionNamesNoOneForTheyToPointAt() {
    let replies = TestAdvisor.conversation([
      "what does a project engineer do?", "what's a good birthday gift for my engineering director?",
      "what skills do they need?",
    ])
    #expect(replies[1].intent == .unknown)
    #expect(replies[2].entities.roles == [.projectEngineer])
  }

  @Test func theOneNamedByAWordOfItsTitleIsTheOnlyRoleCarried() {
    let replies = TestAdvisor.conversation([
      "what is the difference between a project manager and an engineering project manager?",
      "does the engineering one need a PE license?",
    ])
    #expect(replies[1].entities.roles == [.engineeringProjectManager])
    #expect(replies[1].text.hasPrefix("(Still about the engineering project manager.)"))
  }

  @Test func theOneWeighedAgainstTheOtherKeepsBoth() {
    let replies = TestAdvisor.conversation([
      "engineering manager vs senior engineering manager?", "does the senior one get paid more?",
    ])
    #expect(replies[1].entities.roles == [.engineeringManager, .seniorEngineeringManager])
  }

  @Test func theOnePickedOutComesBeforeTheRoleNamed() {
    let replies = TestAdvisor.conversation([
      "what's the difference between an engineering manager and a senior engineering manager?",
      "does the senior one report to a director?",
    ])
    #expect(replies[1].intent == .reportsTo)
    #expect(replies[1].entities.roles == [.seniorEngineeringManager, .engineeringDirector])
  }

  @Test func theRolePointedAtIsMeasuredAgainstTheOneAfterThan() {
    let replies = TestAdvisor.conversation([
      "how many people does a director usually manage?", "is that role more stressful than being an EM?",
    ])
    #expect(replies[1].intent == "work_life")
    #expect(replies[1].entities.roles == [.engineeringDirector, .engineeringManager])
  }

  @Test func peoplePointedAtAfterThanMeasureNothing() {
    let replies = TestAdvisor.conversation([
      "what does a staff engineer do?",
      "are engineering managers more stressed than the engineers on their teams?",
    ])
    #expect(replies[1].entities.roles == [.engineeringManager])
  }
}
