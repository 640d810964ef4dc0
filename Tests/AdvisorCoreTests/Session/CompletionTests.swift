import Testing

@testable import AdvisorCore

@Suite struct CompletionTests {
  private func complete(_ text: String) -> Completion {
    Completion(completing: text, knowledge: .standard)
  }

  @Test func completesAMultiWordRoleNameInAQuestion() {
    let completion = complete("what does a principal eng")
    #expect(completion.candidates == ["principal engineer"])
    #expect(completion.insertion == "ineer ")
  }

  @Test func completesTheNextWordAfterASpace() {
    #expect(complete("what does a principal ").insertion == "engineer ")
  }

  @Test func ignoresCaseOfTheTypedText() {
    #expect(complete("How much does a Principal Eng").insertion == "ineer ")
  }

  @Test func insertsWhatSeveralChoicesShare() {
    #expect(complete("how much does a chief tech").insertion == "nology officer ")
    let several = complete("how much does a pro")
    #expect(several.candidates.contains("project manager"))
    #expect(several.candidates.contains("product manager"))
    #expect(several.insertion == "")
  }

  @Test func readsNamesFromTheKnowledgeBase() {
    let names = Set(KnowledgeBase.standard.roles.flatMap { [$0.title.lowercased()] + $0.aliases })
    for candidate in complete("what does an eng").candidates {
      #expect(names.contains(candidate))
    }
  }

  @Test func leavesOutAliasesThatCutAWordShort() {
    #expect(complete("what does a principal").candidates == ["principal engineer"])
  }

  @Test func completesMetaCommandsAtTheStartOfALine() {
    #expect(complete(":he").insertion == "lp ")
    #expect(complete("  :q").candidates == [":quit", ":quiz"])
    #expect(complete("  :quiz").insertion == " ")
    let several = complete(":re")
    #expect(several.candidates == [":record", ":reset"])
    #expect(several.insertion == "")
    #expect(complete(":").candidates == MetaCommand.allNames.sorted())
  }

  @Test func offersNothingForUnknownTextOrCommandArguments() {
    #expect(complete("what is the weather").candidates.isEmpty)
    #expect(complete(":record tr").candidates.isEmpty)
    #expect(complete("").candidates.isEmpty)
    #expect(complete("what does a ").insertion == "")
  }

  @Test func listsChoicesInColumnsThatFitTheWidth() {
    let listing = complete(":").listing(width: 30)
    let lines = listing.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines.allSatisfy { $0.count <= 30 })
    #expect(lines.first == ":context  :profile  :reset")
    #expect(complete(":").listing(width: 5).split(separator: "\n").count == MetaCommand.allCases.count)
    #expect(complete(":he").listing(width: 80) == "")
  }

  /// Issue 12, case 17: Tab lists each role once, by its title, never its aliases.
  @Test func listsOnlyTheRolesTitles() {
    let titles = Set(KnowledgeBase.standard.roles.map { $0.title.lowercased() })
    let candidates = complete("what does an eng").candidates
    #expect(!candidates.isEmpty)
    #expect(candidates.allSatisfy { titles.contains($0) }, "\(candidates)")
    #expect(!complete("how much does an engineering").candidates.contains("engineering vp"))
  }
}
