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

  @Test func theClassifierReadsTheWordsNotARole() throws {
    let analysis = TestAdvisor.analyzer().analyze("how stressful is program management?")
    #expect(analysis.entities.roles == [.programManager])
    #expect(analysis.input.tokens.contains("program"))
    #expect(!analysis.input.tokens.contains("<role>"))
    #expect(!analysis.input.facts.contains(try #require(QuestionFacts.fact(of: .entity(.roles)))))
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

  /// Every run of up to four words of the held-out questions, and fields' names in plural, in
  /// capitals and beyond ASCII: told apart by the last word's key first, a field is still one
  /// whose words, made singular, are a field's.
  @Test func aFieldIsToldByItsLastWordsKeyAsByItsWords() throws {
    let lexicon = EntityLexicon.embedded()
    let names = [
      "construction management", "construction managements", "program managements", "r&d management",
      "engineering project management", "product managements", "product management's", "product managementes",
      "product manageménts", "product mânagement", "program manager", "programs management",
    ]
    var disagreeing: [String] = []
    for question in try ASCIISamples.questions() + names {
      let words = Tokenizer.words(in: TextNormalizer.normalize(question))
      for start in words.indices {
        for end in start + 1...min(words.count, start + 4)
        where lexicon.isField(words[start..<end])
          != EmbeddedNames.fields.contains(words[start..<end].map(lexicon.singular))
        {
          disagreeing.append(words[start..<end].joined(separator: " "))
        }
      }
    }
    #expect(disagreeing.isEmpty)
    #expect(names.filter { lexicon.isField(Tokenizer.words(in: $0)[...]) }.count >= 5)
  }
}
