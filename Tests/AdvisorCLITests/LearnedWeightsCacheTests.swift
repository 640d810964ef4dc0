import AdvisorCore
import AdvisorTestSupport
import Foundation
import Testing

/// `--intents DIR` learns its weights once and keeps them in the state folder until a file of
/// the copy changes.
@Suite struct LearnedWeightsCacheTests {
  static let question = "can I bring my dog to the office?"

  @Test func weightsLearnedFromACopyAreKeptAndUsedUntilAFileChanges() throws {
    let intents = try BinaryRunner.intentFilesCopy()
    let pets = intents.appendingPathComponent("pets.intent")
    try SampleIntents.pets.write(to: pets, atomically: true, encoding: .utf8)
    let home = try BinaryRunner.temporaryFolder()
    let ask = ["--intents", intents.path, "ask", "--json", Self.question]
    #expect(try BinaryRunner.run(ask, in: home).stdout.contains("\"intent\": \"pets\""))

    // Kept weights that decline everything show that the next run reads them.
    let cache = home.appendingPathComponent(".local/state/advisor/learned-weights")
    let text = try String(contentsOf: cache, encoding: .utf8)
    let digest = String(text.split(separator: " ")[4])
    let kept = try #require(LearnedWeights(text: text, digest: digest))
    let decliningAll = LearnedWeights(
      intents: kept.intents, bias: kept.bias, prior: kept.prior, temperature: kept.temperature,
      offTopicThreshold: 1.01, unsureMargin: kept.unsureMargin, table: kept.table, index: kept.index)
    try decliningAll.text(digest: digest).write(to: cache, atomically: true, encoding: .utf8)
    #expect(try BinaryRunner.run(ask, in: home).stdout.contains("\"intent\": \"unknown\""))

    // An edited copy is learned again.
    try (SampleIntents.pets + "\n# edited\n").write(to: pets, atomically: true, encoding: .utf8)
    #expect(try BinaryRunner.run(ask, in: home).stdout.contains("\"intent\": \"pets\""))
  }

  @Test func aDamagedCacheIsLearnedAgain() throws {
    let intents = try BinaryRunner.intentFilesCopy()
    let home = try BinaryRunner.temporaryFolder()
    let ask = ["--intents", intents.path, "ask", "--json", "how much does an EM make?"]
    let first = try BinaryRunner.run(ask, in: home)
    let cache = home.appendingPathComponent(".local/state/advisor/learned-weights")
    try Data("advisor learned weights 1 0 0\n".utf8).write(to: cache)
    let second = try BinaryRunner.run(ask, in: home)
    #expect(second.status == 0)
    #expect(second.stderr == first.stderr)
    #expect(second.stdout == first.stdout)
    #expect(second.stdout.contains("\"intent\": \"salary\""))
  }
}
