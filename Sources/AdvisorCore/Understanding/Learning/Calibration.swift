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

    /// Its probabilities with the scores divided by `temperature`.
    func probabilities(at temperature: Double) -> [Double] {
      Softmax.probabilities(scores, dividedBy: temperature, allowed: allowed)
    }
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
    let losses = temperatures.map { logLoss(trials, $0) }
    let temperature = losses.indices.min { losses[$0] < losses[$1] }.map { temperatures[$0] } ?? 1
    let readings = trials.map { Reading($0, temperature: temperature, asksBetween: asksBetween) }
    var settings: [(threshold: Double, margin: Double, utilities: [Int], total: Int)] = []
    for threshold in stride(from: 0.0, through: 0.6, by: 0.05) {
      for margin in stride(from: 0.0, through: 0.3, by: 0.025) {
        let utilities = readings.map { $0.utility(threshold: threshold, margin: margin) }
        settings.append((threshold, margin, utilities, utilities.reduce(0, +)))
      }
    }
    // Held-out questions are few: a setting that beats answering everything by less than one
    // standard error of its total is noise, so the lowest threshold and margin within that of
    // the best are taken ("one standard error rule").
    let best = settings.max { $0.total < $1.total } ?? settings[0]
    let floor = Double(best.total) - standardErrorOfTotal(best.utilities)
    let chosen = settings.first { Double($0.total) >= floor } ?? best
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
      total - Exponential.log(max(trial.probabilities(at: temperature)[trial.label], 1e-9))
    }
  }

  /// A held-out question as the thresholds see it: its best two intents and whether they are
  /// right, read once however many thresholds are tried.
  private struct Reading {
    let best: Double
    let runnerUp: Double
    let isOffTopic: Bool
    let isRight: Bool
    let declinesRightly: Bool
    let mayAsk: Bool

    init(_ trial: Trial, temperature: Double, asksBetween: (Int, Int) -> Bool) {
      let probabilities = trial.probabilities(at: temperature)
      let order = probabilities.indices.sorted { probabilities[$0] > probabilities[$1] }
      best = probabilities[order[0]]
      runnerUp = order.count > 1 ? probabilities[order[1]] : 0
      isOffTopic = order[0] == trial.unknown
      isRight = order[0] == trial.label
      declinesRightly = trial.label == trial.unknown
      mayAsk = order.count > 1 && asksBetween(order[0], order[1])
    }

    /// What it is worth under a threshold and margin, in halves to count in integers: right
    /// 2, asked back -1, wrong -2.
    func utility(threshold: Double, margin: Double) -> Int {
      if isOffTopic || best < threshold { return declinesRightly ? 2 : -2 }
      if best - runnerUp < margin, mayAsk { return -1 }
      return isRight ? 2 : -2
    }
  }
}
