import Testing

@testable import AdvisorCore

/// A question that chooses among the degrees, certifications or industries just set side by
/// side (ContextResolver+Choices).
@Suite struct ChoicesInContextTests {
  @Test func aChoiceOrATerseFollowUpWeighsTheThingsJustDiscussed() {
    let together = TestAdvisor.conversation(["PMP or CSM?", "for a PM"])
    #expect(together[1].intent == .certifications)
    #expect(together[1].entities.certifications == [.pmp, .csm])
    let oneAfterTheOther = TestAdvisor.conversation([
      "Is the CSM worth anything?", "Six Sigma?", "which one helps more if you're an eng manager",
    ])
    #expect(oneAfterTheOther[2].entities.certifications == [.csm, .leanSixSigma])
    #expect(oneAfterTheOther[2].entities.roles == [.engineeringManager])
    let eachOne = TestAdvisor.conversation(["MEM or MBA?", "How long does each one take?"])
    #expect(eachOne[1].intent == .education)
    #expect(eachOne[1].entities.degrees == [.mem, .mba])
    #expect(PlainRenderer.render(eachOne[1].answer).contains("One to two years"))
    let newQuestion = TestAdvisor.conversation([
      "is an MBA or an MEM better?", "also, which industries pay best?",
    ])
    #expect(newQuestion[1].entities.degrees.isEmpty)
  }

  @Test func industriesSetSideBySideStayForTheQuestionThatChooses() {
    let replies = TestAdvisor.conversation([
      "do pms get paid well in construction", "vs software", "which is less stressful",
    ])
    #expect(replies[1].entities.industries == [.construction, .software])
    #expect(replies[2].intent == "work_life")
    #expect(replies[2].entities.industries == [.construction, .software])
  }

  @Test(arguments: [
    "which is more expensive", "which one costs less?", "which one should I pick?",
    "which one is better for me?",
  ])
  func aQuestionChoosingBetweenTwoDegreesSetsThemSideBySide(question: String) {
    let replies = TestAdvisor.conversation(["MS in engineering or MBA?", question])
    #expect(replies[1].intent == .degreeValue, "'\(question)'")
    #expect(replies[1].entities.degrees == [.msEngineering, .mba], "'\(question)'")
    #expect(replies[1].text.hasPrefix("MS or MEng vs MBA:"), "'\(question)'")
  }

  @Test func aFacetAskedOfTwoDegreesIsAnsweredForBothNotTheLastNamed() {
    let replies = TestAdvisor.conversation(["MS in engineering or MBA?", "which takes longer?"])
    #expect(replies[1].intent == .education)
    #expect(replies[1].entities.degrees == [.msEngineering, .mba])
    #expect(replies[1].text.contains("About 2 years beyond the bachelor's degree"))
  }

  @Test func aChoiceWithAReadingOfItsOwnKeepsIt() {
    let replies = TestAdvisor.conversation([
      "PMP or CSM?", "Which is the path from my job to construction manager?",
    ])
    #expect(replies[1].intent == .careerPath)
    #expect(replies[1].entities.certifications.isEmpty)
  }

  @Test func choosingBetweenTwoRolesWithNoReadingOfItsOwnSetsThemSideBySide() {
    let replies = TestAdvisor.conversation([
      "project engineer vs junior project manager", "which is better to start off in",
    ])
    #expect(replies[1].intent == .compare)
    #expect(replies[1].entities.roles == [.projectEngineer, .juniorProjectManager])
    let ownReading = TestAdvisor.conversation([
      "project engineer vs junior project manager", "which one pays more?",
    ])
    #expect(ownReading[1].intent == .salary)
  }

  @Test func aWordBeforeOnePicksOutAVariantOfTheRoleDiscussed() {
    let senior = TestAdvisor.conversation([
      "what's the pay for an engineering manager?", "what about a senior one",
    ])
    #expect(senior[1].intent == .salary)
    #expect(senior[1].entities.roles == [.seniorEngineeringManager])
    let junior = TestAdvisor.conversation(["who does a project manager report to?", "and a junior one?"])
    #expect(junior[1].intent == .reportsTo)
    #expect(junior[1].entities.roles == [.juniorProjectManager])
  }
}
