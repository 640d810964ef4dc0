import Testing

@testable import AdvisorCore

/// A role's line of work (a role file's `fields:`) names the role, while the classifier still
/// reads its words; named as a subject or a sector, it names no role.
@Suite struct FieldNameTests {
  @Test func movingIntoALineOfWorkNamesItsRole() {
    let reply = TestAdvisor.reply(
      "she wants to move into construction management. how would she go about it?")
    #expect(reply.intent == .become)
    #expect(reply.entities.roles == [.constructionManager])
    #expect(reply.text.hasPrefix("Becoming a construction manager"))
  }

  @Test func productManagementIsTheProductManagersWorkNotTheSpecialization() {
    let analysis = TestAdvisor.analyzer().analyze("Should I transition to product management?")
    #expect(analysis.entities.roles == [.productManager])
    #expect(analysis.entities.specializations.isEmpty)
    let specialization = TestAdvisor.analyzer().analyze("what is product and innovation management?")
    #expect(specialization.entities.specializations == [.productInnovation])
    #expect(specialization.entities.roles.isEmpty)
  }

  @Test func theClassifierReadsTheWordsNotARole() {
    let analysis = TestAdvisor.analyzer().analyze("how stressful is program management?")
    #expect(analysis.entities.roles == [.programManager])
    #expect(analysis.input.tokens.contains("program"))
    #expect(!analysis.input.tokens.contains("<role>"))
    #expect(analysis.input.entities.roles.isEmpty)
  }

  @Test(arguments: [
    "is a master's in construction management worth it?",
    "Is working in the construction management industry demanding?",
    "starting salary for an associate degree in construction management",
  ])
  func aSubjectOrASectorNamesNoRoleButKeepsItsIndustry(question: String) {
    let analysis = TestAdvisor.analyzer().analyze(question)
    #expect(analysis.entities.roles.isEmpty)
    #expect(analysis.entities.industries == [.construction])
  }
}
