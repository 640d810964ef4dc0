/// Trains a `LinearModel` by stochastic gradient descent with AdaGrad steps and L2 decay,
/// averaging the weights of the second half of the epochs, and then of several shufflings:
/// one more example in the corpus then moves the result a little, not wherever the last
/// steps of one order of visits happened to land.
///
/// Deterministic: examples are visited in orders shuffled from fixed seeds, so the same
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
    /// The first shuffling's seed; the others follow it.
    var seed: UInt64 = 1
    /// How many shufflings are trained and averaged.
    var seeds = 1
  }

  /// The model that fits `examples`: the average of the models `settings.seeds` shufflings
  /// give, each trained `settings.epochs` passes.
  ///
  /// One shuffling's weights depend on the order it visits the examples in, so one more
  /// example (which reshuffles them all) changed the intent of 315 of 6,032 replayed
  /// evaluation turns with one shuffling, and of 124 with eight.
  static func train(
    _ examples: [Example], featureCount: Int, classCount: Int, settings: Settings
  ) -> LinearModel {
    var average = LinearModel(featureCount: featureCount, classCount: classCount)
    for seed in settings.seed..<settings.seed + UInt64(settings.seeds) {
      average.add(
        trainOnce(
          examples, featureCount: featureCount, classCount: classCount, settings: settings, seed: seed))
    }
    average.scale(by: 1 / Float(settings.seeds))
    return average
  }

  /// The model one shuffling from `seed` gives: the average of its second half of epochs.
  private static func trainOnce(
    _ examples: [Example], featureCount: Int, classCount: Int, settings: Settings, seed: UInt64
  ) -> LinearModel {
    var model = LinearModel(featureCount: featureCount, classCount: classCount)
    var squares = Array(repeating: Float(1e-6), count: featureCount * classCount)
    var biasSquares = Array(repeating: Float(1e-6), count: classCount)
    var priorSquare: Float = 1e-6
    var gradients = [Float](repeating: 0, count: classCount)
    var random = SplitMix64(seed: seed)
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
          gradients[k] = probabilities[k] - (k == example.label ? 1 : 0)
          priorGradient += gradients[k] * example.hand[k]
          biasSquares[k] += gradients[k] * gradients[k]
          model.bias[k] -= settings.rate * gradients[k] / biasSquares[k].squareRoot()
        }
        // Through buffer pointers: the loop below runs billions of times in generation, and a
        // debug build (the tests') would otherwise check every subscript.
        model.weights.withUnsafeMutableBufferPointer { weights in
          squares.withUnsafeMutableBufferPointer { squares in
            example.features.withUnsafeBufferPointer { features in
              for k in 0..<classCount where example.allowed[k] {
                let gradient = gradients[k]
                for feature in features {
                  let slot = feature * classCount + k
                  let step = gradient + settings.decay * weights[slot]
                  squares[slot] += step * step
                  weights[slot] -= settings.rate * step / squares[slot].squareRoot()
                }
              }
            }
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
