import AdvisorFuzzing
import AdvisorTestSupport
import Foundation
import Testing

/// Every seed of `Fuzz/corpus/` meets the fuzz properties, so `make test` runs them without
/// libFuzzer and a fuzzing run starts from a clean corpus.
@Suite struct CorpusTests {
  /// The seed files, as paths from the package root.
  static let seeds: [String] = {
    let corpus = PackageRoot.path("Fuzz/corpus")
    let files =
      FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { !$0.hasDirectoryPath } ?? []
    return files.map { String($0.path.dropFirst(PackageRoot.url.path.count + 1)) }.sorted()
  }()

  @Test func everyModeHasSeeds() {
    for mode in FuzzMode.allCases {
      #expect(Self.seeds.contains { $0.hasPrefix("Fuzz/corpus/\(mode.corpusFolder)/") }, "\(mode)")
    }
  }

  @Test(arguments: seeds)
  func seedMeetsTheProperties(_ path: String) throws {
    let bytes = try [UInt8](Data(contentsOf: PackageRoot.path(path)))
    let folder = path.split(separator: "/").dropLast().last.map(String.init)
    #expect(bytes.first.flatMap(FuzzMode.init)?.corpusFolder == folder, "starts with its mode's letter")
    expectNoViolation(bytes)
  }
}
