/// The thresholds that turn learned scores into decisions, chosen on questions held out of
/// training rather than by hand.
struct Calibration: Sendable, Equatable {
  /// Scores are divided by this before the softmax.
  var temperature: Double
  /// Below this probability a question is off-topic.
  var offTopicThreshold: Double
  /// Closer than this, the two best intents are too close to call.
  var unsureMargin: Double

  /// One held-out question as the classifier scored it.
  struct Trial {
    let scores: [Double]
    let allowed: [Bool]
    let label: Int
    /// Where `unknown` is among the intents.
    let unknown: Int?
  }

  /// The temperature that makes the held-out questions' true intents most probable (least
  /// log-loss), then the threshold and margin that do best when a right answer (or an
  /// off-topic question declined) scores 1, a wrong answer or an on-topic question declined
  /// -1, and a question asked back -0.5.
  ///
  /// Declining is no safe default, and neither is asking back: it costs the user a turn as a
  /// wrong answer does, and tells them nothing, where a wrong answer still gives sourced facts
  /// on a neighbouring topic. So asking back wins only where answering is right less than a
  /// quarter of the time.
  /// - Parameters:
  ///   - trials: the held-out questions, scored.
  ///   - asksBetween: whether the advisor asks back when the best two intents (by number) are
  ///     too close to call, as `IntentClassifier.asksBetween` decides; by default always.
  /// - Returns: the temperature, threshold and margin chosen.
  static func choose(on trials: [Trial], asksBetween: (Int, Int) -> Bool = { _, _ in true }) -> Calibration {
    guard !trials.isEmpty else {
      return Calibration(temperature: 1, offTopicThreshold: 0.3, unsureMargin: 0.05)
    }
    let temperatures = stride(from: 0.5, through: 3.0, by: 0.1).map { ($0 * 10).rounded() / 10 }
    let temperature =
      temperatures.min { logLoss(trials, $0) < logLoss(trials, $1) } ?? 1
    let probabilities = trials.map {
      Softmax.probabilities($0.scores.map { $0 / temperature }, allowed: $0.allowed)
    }
    var best = (utility: Int.min, threshold: 0.0, margin: 0.0)
    for threshold in stride(from: 0.0, through: 0.6, by: 0.05) {
      for margin in stride(from: 0.0, through: 0.3, by: 0.025) {
        let value = utility(
          trials, probabilities, threshold: threshold, margin: margin, asksBetween: asksBetween)
        if value > best.utility { best = (value, threshold, margin) }
      }
    }
    return Calibration(
      temperature: temperature, offTopicThreshold: (best.threshold * 100).rounded() / 100,
      unsureMargin: (best.margin * 1000).rounded() / 1000)
  }

  private static func logLoss(_ trials: [Trial], _ temperature: Double) -> Double {
    trials.reduce(0) { total, trial in
      let probabilities = Softmax.probabilities(trial.scores.map { $0 / temperature }, allowed: trial.allowed)
      return total - Exponential.log(max(probabilities[trial.label], 1e-9))
    }
  }

  private static func utility(
    _ trials: [Trial], _ probabilities: [[Double]], threshold: Double, margin: Double,
    asksBetween: (Int, Int) -> Bool
  ) -> Int {
    // In halves, to count in integers: right 2, asked back -1, wrong -2.
    var total = 0
    for (trial, probabilities) in zip(trials, probabilities) {
      let order = probabilities.indices.sorted { probabilities[$0] > probabilities[$1] }
      let best = order[0]
      let runnerUp = order.count > 1 ? probabilities[order[1]] : 0
      let declined = best == trial.unknown || probabilities[best] < threshold
      if declined {
        total += trial.label == trial.unknown ? 2 : -2
      } else if probabilities[best] - runnerUp < margin, order.count > 1, asksBetween(best, order[1]) {
        total -= 1
      } else {
        total += best == trial.label ? 2 : -2
      }
    }
    return total
  }
}
