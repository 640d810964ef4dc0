import AdvisorTestSupport
import Foundation
import Testing

@testable import AdvisorCore

@Suite struct GeneratedSourceTests {
  /// The package root.
  static let root = PackageRoot.url

  static func intentFiles() throws -> [(name: String, text: String)] {
    let folder = root.appendingPathComponent("Intents")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter(IntentLibrary.isEmbedded)
      .map { (name: $0, text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
  }

  @Test func embeddedIntentsAreUpToDate() throws {
    let expected = try IntentLibrary.generatedSource(files: try Self.intentFiles())
    let onDisk = try String(
      contentsOf: Self.root.appendingPathComponent(IntentLibrary.generatedSourcePath), encoding: .utf8)
    #expect(
      onDisk == expected,
      "EmbeddedIntents+Generated.swift is out of date. Run 'swift run generate-intents'.")
  }

  @Test func theEmbeddedLibraryUnderstandsLikeTheFilesOnDisk() throws {
    let fromDisk = QuestionAnalyzer(
      knowledge: .standard, intents: try IntentLibrary(files: try Self.intentFiles()))
    let embedded = TestAdvisor.analyzer()
    for question in ["how much does an EM make?", "I'm a civil engineer", "asdf", "is an MBA worth it?"] {
      let a = fromDisk.analyze(question).classification
      let b = embedded.analyze(question).classification
      #expect(a.intent == b.intent && a.confidence == b.confidence, "'\(question)'")
    }
  }

  @Test func stringLiteralsReadBackAsTheirText() {
    #expect(SwiftLiteral.string("a \"b\" \\ c\n\u{1}") == "\"a \\\"b\\\" \\\\ c\\n\\u{1}\"")
  }
}

@Suite struct EmbeddedNamesTests {
  @Test func theEmbeddedNamesAreThoseOfTheKnowledgeBase() {
    let embedded = EmbeddedNames.names
    let fresh = EntityLexicon.names(from: .standard, references: IntentLibrary.embedded().cues.references)
    #expect(embedded.map(\.words) == fresh.map(\.words))
    #expect(embedded.map(\.mention) == fresh.map(\.mention))
  }
}
