import Foundation
import IntentsCodegen
import Testing

@testable import AdvisorCore

@Suite struct GeneratedSourceTests {
  /// The package root, found from this file's path.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func intentFiles() throws -> [(name: String, text: String)] {
    let folder = root.appendingPathComponent("Intents")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter(IntentsSourceGenerator.isEmbedded)
      .map { (name: $0, text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
  }

  @Test func embeddedIntentsAreUpToDate() throws {
    let expected = IntentsSourceGenerator.source(files: try Self.intentFiles())
    let onDisk = try String(
      contentsOf: Self.root.appendingPathComponent(IntentsSourceGenerator.outputPath), encoding: .utf8)
    #expect(
      onDisk == expected,
      "EmbeddedIntents+Generated.swift is out of date. Run 'swift run generate-intents'.")
  }

  @Test func theBinaryEmbedsExactlyTheFilesOfIntents() throws {
    let onDisk = try Self.intentFiles().sorted { $0.name < $1.name }
    let embedded = EmbeddedIntents.files
    #expect(embedded.map(\.name) == onDisk.map(\.name))
    #expect(embedded.map(\.text) == onDisk.map(\.text))
  }

  @Test func rawLiteralsOutlastHashesInTheData() {
    let source = IntentsSourceGenerator.source(files: [("x.intent", "a \"\"\"# b ##")])
    #expect(source.contains("###\"\"\"\na \"\"\"# b ##\n\"\"\"###"))
  }
}
