/// Trains a `LinearModel` by stochastic gradient descent with AdaGrad steps and L2 decay,
/// averaging the weights of the second half of the epochs: one more example in the corpus
/// then moves the result a little, not wherever the last steps happened to land.
///
/// Deterministic: examples are visited in an order shuffled from a fixed seed, so the same
/// corpus always gives the same weights, on any machine.
enum LinearModelTrainer {
  /// One labelled question, as features.
  struct Example: Sendable {
    /// The indices of the features the question has, without repeats.
    let features: [Int]
    /// The index of its intent.
    let label: Int
    /// Each intent's hand-written score for the question.
    let hand: [Float]
    /// Which intents its intent files allow (their `requires:` and `excludes:` lines).
    let allowed: [Bool]
  }

  /// How training runs.
  struct Settings: Sendable, Equatable {
    var epochs = 12
    var rate: Float = 0.3
    /// L2 decay applied to each weight a step touches.
    var decay: Float = 2.5e-4
    var seed: UInt64 = 1
  }

  /// The model that fits `examples`.
  static func train(
    _ examples: [Example], featureCount: Int, classCount: Int, settings: Settings
  ) -> LinearModel {
    var model = LinearModel(featureCount: featureCount, classCount: classCount)
    var squares = Array(repeating: Float(1e-6), count: featureCount * classCount)
    var biasSquares = Array(repeating: Float(1e-6), count: classCount)
    var priorSquare: Float = 1e-6
    var random = SplitMix64(seed: settings.seed)
    var order = Array(examples.indices)
    var average = LinearModel(featureCount: featureCount, classCount: classCount)
    for epoch in 0..<settings.epochs {
      order = random.shuffled(order)
      for index in order where examples[index].allowed[examples[index].label] {
        let example = examples[index]
        let probabilities = Softmax.probabilities(
          model.scores(features: example.features, hand: example.hand), allowed: example.allowed)
        var priorGradient: Float = 0
        for k in 0..<classCount where example.allowed[k] {
          let gradient = probabilities[k] - (k == example.label ? 1 : 0)
          priorGradient += gradient * example.hand[k]
          biasSquares[k] += gradient * gradient
          model.bias[k] -= settings.rate * gradient / biasSquares[k].squareRoot()
          for feature in example.features {
            let slot = feature * classCount + k
            let step = gradient + settings.decay * model.weights[slot]
            squares[slot] += step * step
            model.weights[slot] -= settings.rate * step / squares[slot].squareRoot()
          }
        }
        priorSquare += priorGradient * priorGradient
        model.prior -= settings.rate * priorGradient / priorSquare.squareRoot()
      }
      if epoch >= settings.epochs / 2 { average.add(model) }
    }
    average.scale(by: 1 / Float(settings.epochs - settings.epochs / 2))
    return average
  }
}
