import Testing

@testable import AdvisorCore

/// A comparison that names one role is set against the role under discussion, else the
/// user's own; a word for "both" points back at the two just discussed.
@Suite struct ComparisonSidesTests {
  @Test func aComparisonNamingOneRoleIsSetAgainstTheRoleUnderDiscussion() {
    let replies = TestAdvisor.conversation([
      "What does a staff engineer do?", "Is a principal engineer very different?",
    ])
    #expect(replies[1].intent == .compare)
    #expect(replies[1].entities.roles == [.staffEngineer, .principalEngineer])
    #expect(replies[1].text.hasPrefix("Staff engineer vs principal engineer:"))
  }

  @Test func aComparisonNamingOneRoleIsSetAgainstTheUsersOwnWithoutAWordForMe() {
    let replies = TestAdvisor.conversation([
      "I'm an engineering manager at a robotics company.",
      "In what ways is a director's work different?",
    ])
    #expect(replies[1].intent == .compare)
    #expect(replies[1].entities.roles == [.engineeringManager, .engineeringDirector])
  }

  @Test func theRolePointedAtIsSetAgainstMineWhenIAskHowItDiffers() {
    let replies = TestAdvisor.conversation([
      "I'm a project manager at a utility, 5 years in.", "what does a program manager do?",
      "how is that different from my job?",
    ])
    #expect(replies[2].intent == .compare)
    #expect(replies[2].entities.roles == [.programManager, .projectManager])
    #expect(replies[2].text.hasPrefix("Program manager vs project manager:"))
  }

  @Test func eitherOnePointsBackAtBothRolesJustCompared() {
    let replies = TestAdvisor.conversation([
      "What's the difference between a logistics engineer and a supply chain analyst?",
      "which master's specialization would set me up for either one?",
    ])
    #expect(replies[1].intent == .specializations)
    #expect(replies[1].entities.roles == [.logisticsEngineer, .supplyChainAnalyst])
    #expect(
      replies[1].text.hasPrefix(
        "(Taking that to mean the logistics engineer and the supply chain analyst.)"))
  }

  @Test func aShortAliasInThePluralNamesItsRole() {
    let replies = TestAdvisor.conversation(["what do CMs earn?"])
    #expect(replies[0].intent == .salary)
    #expect(replies[0].entities.roles == [.constructionManager])
  }
}
