/// Learns the classifier's weights from the example questions: the features of each
/// question (`LearnedFeatures`) and its intent files' hand-written scores go into a
/// multinomial logistic regression (`LinearModelTrainer`).
///
/// Deterministic, so `generate-embedded` always writes the same table for the same files.
/// Every tenth example of each intent is held out first to choose the temperature and the
/// thresholds (`Calibration`); the weights shipped are then learned from all of them. An
/// example of weight N is trained on N times but held out (or not) as one question, so no
/// copy of a held-out question is trained on.
package enum IntentTrainer {
  /// How training runs; the same settings always give the same weights.
  static let settings = LinearModelTrainer.Settings(epochs: 6, seeds: 8)

  /// Names the features and settings, so the embedded weights' digest changes with them.
  package static let version =
    "features 1; calibration 3; table 3; Fisher-Yates shuffle by SplitMix64; averaged second half; new topics at the usual bias; seeds \(settings.seeds), epochs \(settings.epochs), rate \(settings.rate), decay \(settings.decay), seed \(settings.seed)"

  /// A 64-bit FNV-1a digest of the files weights are learned from (name and text, in name
  /// order) and of the training itself (`version`), in hex: the same files always give the
  /// same weights, so weights recorded with this digest need no training again.
  package static func digest(of files: [(name: String, text: String)]) -> String {
    var hasher = FNV1a()
    func mix(_ text: String) {
      hasher.add(text.utf8)
      hasher.add([0])  // a zero byte between texts
    }
    mix(version)
    for file in files.sorted(by: { $0.name < $1.name }) {
      mix(file.name)
      mix(file.text)
    }
    let digits = String(hasher.value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// The weights learned from `corpus` for the intents `analyzer` knows.
  /// - Parameters:
  ///   - corpus: the example questions with their intents.
  ///   - analyzer: reads the questions, with the intent files' hand-written weights.
  /// - Returns: the weights, with the temperature and thresholds chosen on held-out examples.
  package static func train(_ corpus: [LabelledQuestion], analyzer: QuestionAnalyzer) -> LearnedWeights {
    let intents = analyzer.classifier.intentOrder
    let everyRead = corpus.compactMap { question in
      intents.firstIndex(of: question.intent).map {
        (reading: analyzer.classifierReading(question.text), label: $0, weight: question.weight)
      }
    }
    let newTopics = Self.newTopics(in: corpus, intents: intents)
    let read = everyRead.filter { item in
      intents[item.label] != .unknown || !newTopics.contains { item.reading.hand[$0] > 0 }
    }
    var seen: [Int: Int] = [:]
    let isHeldOut = read.map { item in
      seen[item.label, default: 0] += 1
      return seen[item.label, default: 0] % 10 == 0
    }
    let trainingPart = zip(read, isHeldOut).filter { !$0.1 }.map(\.0)
    let heldOut = zip(read, isHeldOut).filter(\.1).map(\.0)
    let trial = fit(
      trainingPart, intents: intents, newTopics: newTopics,
      calibration: Calibration(temperature: 1, offTopicThreshold: 0, unsureMargin: 0))
    let trials = heldOut.map { item in
      Calibration.Trial(
        scores: trial.scores(of: item.reading.features, hand: item.reading.hand),
        allowed: item.reading.allowed,
        label: item.label, unknown: intents.firstIndex(of: .unknown))
    }
    let calibration = Calibration.choose(on: trials) {
      analyzer.classifier.asksBetween(intents[$0], intents[$1])
    }
    return fit(read, intents: intents, newTopics: newTopics, calibration: calibration)
  }

  /// Intents with fewer examples than this are topics a class has just added (`pets.intent`
  /// and its three `example:` lines); every intent of `Intents/` has hundreds.
  static let newTopicExamples = 20

  /// The places of the intents the corpus has only a handful of examples of.
  ///
  /// An off-topic example such a topic's own words score (a question about a dog, once
  /// `pets.intent` counts "dog") is left out of training: dozens of them would teach "dog" to
  /// pull towards off-topic harder than the new file's hand-written weight pulls towards
  /// its topic, and the topic the class added would never be chosen.
  private static func newTopics(in corpus: [LabelledQuestion], intents: [IntentID]) -> [Int] {
    intents.indices.filter { index in
      intents[index] != .unknown && corpus.count(where: { $0.intent == intents[index] }) < newTopicExamples
    }
  }

  /// Trains on `examples` and keeps the weights that matter.
  ///
  /// A new topic's bias is the average of the established topics' biases: learned from a
  /// handful of examples among thousands, it would say the topic is asked once in a thousand
  /// questions, which is how many examples the class wrote, not how often people ask.
  private static func fit(
    _ examples: [(reading: ClassifierReading, label: Int, weight: Int)], intents: [IntentID],
    newTopics: [Int], calibration: Calibration
  ) -> LearnedWeights {
    var numbers: [String: Int] = [:]
    var features: [String] = []
    let repeated = examples.flatMap { example in repeatElement(example, count: example.weight) }
    let numbered = repeated.map { example in
      LinearModelTrainer.Example(
        features: example.reading.features.map { feature in
          if let number = numbers[feature] { return number }
          numbers[feature] = features.count
          features.append(feature)
          return features.count - 1
        },
        label: example.label, hand: example.reading.hand.map(Float.init), allowed: example.reading.allowed)
    }
    var model = LinearModelTrainer.train(
      numbered, featureCount: features.count, classCount: intents.count, settings: settings)
    let established = intents.indices.filter { intents[$0] != .unknown && !newTopics.contains($0) }
    let usualBias = established.map { model.bias[$0] }.reduce(0, +) / Float(max(established.count, 1))
    for topic in newTopics { model.bias[topic] = usualBias }
    return LearnedWeights(model: model, features: features, intents: intents, calibration: calibration)
  }
}

/// A question as training needs it: its learned features, each intent's hand-written score,
/// and which intents its files allow.
struct ClassifierReading {
  let features: [String]
  let hand: [Double]
  let allowed: [Bool]
}
