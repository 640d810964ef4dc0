import AdvisorTestSupport
import Testing

@testable import AdvisorCore

/// The compiled-in intents and names behave like the files they were generated from (the
/// generator's tests check that the generated sources are up to date).
@Suite struct EmbeddedLibraryTests {
  @Test func theEmbeddedLibraryUnderstandsLikeTheFilesOnDisk() throws {
    // The same learned weights, so what is compared is the compiled intent files.
    let files = try IntentLibrary(files: try PackageRoot.files(in: "Intents"))
    let learned = try #require(IntentLibrary.embedded().learned)
    let fromDisk = QuestionAnalyzer(knowledge: .standard, intents: files.with(learned: learned))
    let embedded = TestAdvisor.analyzer()
    for question in ["how much does an EM make?", "I'm a civil engineer", "asdf", "is an MBA worth it?"] {
      let a = fromDisk.analyze(question).classification
      let b = embedded.analyze(question).classification
      #expect(a.intent == b.intent && a.confidence == b.confidence, "'\(question)'")
    }
  }

  @Test func theEmbeddedNamesAreThoseOfTheKnowledgeBaseInTheOrderTheLexiconSearches() {
    let fresh = EntityLexicon.names(from: .standard, references: IntentLibrary.embedded().cues.references)
    let ordered = PhraseIndex.ordered(fresh)
    #expect(EmbeddedNames.names.map(\.words) == ordered.map(\.words))
    #expect(EmbeddedNames.names.map(\.meaning) == ordered.map(\.meaning))
    #expect(EmbeddedNames.words == EntityLexicon.words(of: fresh))
  }
}
