import AdvisorCore
import AdvisorTestSupport
import Foundation
import Testing

@testable import AdvisorGenerator

/// The generated sources: up to date with the repository's files, and nothing generated from a
/// malformed one.
@Suite struct EmbeddedSourcesTests {
  static func generated() throws -> [(path: String, source: String)] {
    try EmbeddedSources.generate(
      intents: try PackageRoot.files(in: "Intents"), knowledge: try PackageRoot.files(in: "Knowledge"),
      learning: false)
  }

  @Test func theLearnedWeightsWereLearnedFromTheseFiles() throws {
    let onDisk = try String(contentsOf: PackageRoot.path(EmbeddedSources.learnedPath), encoding: .utf8)
    let digest = EmbeddedSources.learnedDigest(
      intents: try PackageRoot.files(in: "Intents"), knowledge: try PackageRoot.files(in: "Knowledge"))
    #expect(
      EmbeddedSources.recordedDigest(in: onDisk) == digest,
      "EmbeddedLearnedWeights+Generated.swift is out of date. Run 'make generate'.")
  }

  @Test(arguments: [EmbeddedSources.intentsPath, EmbeddedSources.knowledgePath])
  func theGeneratedSourceIsUpToDate(path: String) throws {
    let expected = try #require(try Self.generated().first { $0.path == path }).source
    let onDisk = try String(contentsOf: PackageRoot.path(path), encoding: .utf8)
    let name = String(path.split(separator: "/").last ?? "")
    #expect(onDisk == expected, "\(name) is out of date. Run 'make generate'.")
  }

  @Test func theEmbeddedKnowledgeIsTheKnowledgeOfTheFiles() throws {
    let onDisk = try KnowledgeBase(files: try PackageRoot.files(in: "Knowledge"))
    #expect(KnowledgeBase.standard == onDisk)
  }

  @Test func theNamesComeFromTheKnowledgeGiven() throws {
    var knowledge = try PackageRoot.files(in: "Knowledge")
    let index = try #require(knowledge.firstIndex { $0.name == "roles/engineering_manager.role" })
    knowledge.append(
      (
        "roles/quality_manager.role",
        knowledge[index].text.replacingOccurrences(of: "id: engineering_manager", with: "id: quality_manager")
          .replacingOccurrences(of: "title: Engineering manager", with: "title: Quality manager")
          .split(separator: "\n").filter { !$0.hasPrefix("aliases:") && !$0.hasPrefix("order:") }
          .joined(separator: "\n") + "\naliases: qm\n"
      ))
    let sources = try EmbeddedSources.generate(
      intents: try PackageRoot.files(in: "Intents"), knowledge: knowledge, learning: false)
    #expect(sources[0].source.contains("([\"quality\", \"manager\"], .entity(.role(\"quality_manager\")))"))
  }

  @Test func aMalformedKnowledgeFileStopsGenerationWithItsFileAndLine() throws {
    var knowledge = try PackageRoot.files(in: "Knowledge")
    knowledge.append(("roles/broken.role", "id: broken\ntitle: Broken\nno colon here\n"))
    #expect {
      try EmbeddedSources.generate(intents: try PackageRoot.files(in: "Intents"), knowledge: knowledge)
    } throws: { error in
      String(describing: error).hasPrefix("Knowledge/roles/broken.role:3: expected 'key: value'")
    }
  }

  @Test func aMalformedIntentFileStopsGenerationWithItsFileAndLine() throws {
    let intents = try PackageRoot.files(in: "Intents") + [("zzz.intent", "intent: salary\nfrobnicate: x\n")]
    #expect {
      try EmbeddedSources.generate(intents: intents, knowledge: try PackageRoot.files(in: "Knowledge"))
    } throws: { error in
      String(describing: error).hasPrefix("Intents/zzz.intent:")
    }
  }
}
