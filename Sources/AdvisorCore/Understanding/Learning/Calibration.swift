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
    var settings: [(threshold: Double, margin: Double, utilities: [Int])] = []
    for threshold in stride(from: 0.0, through: 0.6, by: 0.05) {
      for margin in stride(from: 0.0, through: 0.3, by: 0.025) {
        let utilities = utilities(
          trials, probabilities, threshold: threshold, margin: margin, asksBetween: asksBetween)
        settings.append((threshold, margin, utilities))
      }
    }
    // Held-out questions are few: a setting that beats answering everything by less than one
    // standard error of its total is noise, so the lowest threshold and margin within that of
    // the best are taken ("one standard error rule").
    let best = settings.max { $0.utilities.reduce(0, +) < $1.utilities.reduce(0, +) } ?? settings[0]
    let floor = Double(best.utilities.reduce(0, +)) - standardErrorOfTotal(best.utilities)
    let chosen = settings.first { Double($0.utilities.reduce(0, +)) >= floor } ?? best
    return Calibration(
      temperature: temperature, offTopicThreshold: (chosen.threshold * 100).rounded() / 100,
      unsureMargin: (chosen.margin * 1000).rounded() / 1000)
  }

  /// The standard error of a sum of per-question values: their standard deviation times the
  /// square root of their number.
  private static func standardErrorOfTotal(_ values: [Int]) -> Double {
    guard values.count > 1 else { return 0 }
    let mean = Double(values.reduce(0, +)) / Double(values.count)
    let variance =
      values.reduce(0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(values.count - 1)
    return variance.squareRoot() * Double(values.count).squareRoot()
  }

  private static func logLoss(_ trials: [Trial], _ temperature: Double) -> Double {
    trials.reduce(0) { total, trial in
      let probabilities = Softmax.probabilities(trial.scores.map { $0 / temperature }, allowed: trial.allowed)
      return total - Exponential.log(max(probabilities[trial.label], 1e-9))
    }
  }

  /// What each held-out question is worth under a threshold and margin, in halves to count in
  /// integers: right 2, asked back -1, wrong -2.
  private static func utilities(
    _ trials: [Trial], _ probabilities: [[Double]], threshold: Double, margin: Double,
    asksBetween: (Int, Int) -> Bool
  ) -> [Int] {
    var values: [Int] = []
    for (trial, probabilities) in zip(trials, probabilities) {
      let order = probabilities.indices.sorted { probabilities[$0] > probabilities[$1] }
      let best = order[0]
      let runnerUp = order.count > 1 ? probabilities[order[1]] : 0
      let declined = best == trial.unknown || probabilities[best] < threshold
      if declined {
        values.append(trial.label == trial.unknown ? 2 : -2)
      } else if probabilities[best] - runnerUp < margin, order.count > 1, asksBetween(best, order[1]) {
        values.append(-1)
      } else {
        values.append(best == trial.label ? 2 : -2)
      }
    }
    return values
  }
}
