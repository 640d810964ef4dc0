import Testing

@testable import AdvisorCore

/// Training by shufflings: several are averaged, so no one order of visits decides the weights.
@Suite struct LinearModelTrainerTests {
  /// Six questions of two features each, three classes: enough for orders to differ.
  static let examples = (0..<6).map { index in
    LinearModelTrainer.Example(
      features: [index % 3, 3 + index % 2], label: index % 3, hand: [0, 0, 0], allowed: [true, true, true])
  }

  static func train(seed: UInt64, seeds: Int) -> LinearModel {
    LinearModelTrainer.train(
      examples, featureCount: 5, classCount: 3, settings: .init(epochs: 4, seed: seed, seeds: seeds))
  }

  @Test func severalShufflingsGiveTheAverageOfTheirModels() {
    let first = Self.train(seed: 1, seeds: 1)
    let second = Self.train(seed: 2, seeds: 1)
    #expect(first != second)
    let both = Self.train(seed: 1, seeds: 2)
    for slot in both.weights.indices {
      #expect(abs(both.weights[slot] - (first.weights[slot] + second.weights[slot]) / 2) < 1e-6)
    }
    #expect(abs(both.prior - (first.prior + second.prior) / 2) < 1e-6)
    #expect(both == Self.train(seed: 1, seeds: 2))
  }
}
