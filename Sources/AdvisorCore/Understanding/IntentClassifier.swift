/// A keyword classifier: each feature of a question (a word, a pair of words, the kind of
/// thing it names, a cue) adds a weight to each intent's score, and the intent files'
/// `weight N:` lines add their hand-written score on top.
///
/// The feature weights are learned from the example questions of `Intents/examples/`
/// (`IntentTrainer`); the hand-written ones stay a teacher's lever. Still simple on purpose:
/// a score is a sum a student can read off `--explain`, and a probability is its softmax.
public struct IntentClassifier: Sendable {
  private let intents: [IntentID]
  private let tables: Tables
  /// The pairs of intents the files call related (either way round): one may narrowly beat
  /// the other and still be answered.
  ///
  /// A short list, searched in place, rather than a table start-up would have to build.
  private let related: [(IntentID, IntentID)]
  /// The intents chosen only when some of their own words are there (`context: needs its
  /// words`): "bye", "thanks", "hi".
  private let wordBound: [IntentID]
  /// The intents chosen without their words only when likelier than not (`context: needs its
  /// words when unsure`): help.
  private let wordBoundWhenUnsure: [IntentID]
  /// The intents that are no topic (`context: small talk`): greetings, help, off-topic.
  private let smallTalk: [IntentID]
  /// The learned weights and the thresholds chosen with them.
  let learned: LearnedWeights

  /// Builds the classifier from tables compiled before, in the definitions' order.
  /// - Parameters:
  ///   - definitions: the intents, as their files define them.
  ///   - tables: the definitions compiled.
  ///   - learned: weights learned for exactly these intents, in this order; without them (or
  ///     for other intents) only the hand-written weights count.
  public init(definitions: [IntentDefinition], tables: Tables, learned: LearnedWeights? = nil) {
    let intents = definitions.map(\.intent)
    self.intents = intents
    self.tables = tables
    related = definitions.flatMap { definition in definition.related.map { (definition.intent, $0) } }
    wordBound = definitions.filter { $0.context.contains(.needsItsWords) }.map(\.intent)
    wordBoundWhenUnsure = definitions.filter { $0.context.contains(.needsItsWordsWhenUnsure) }.map(\.intent)
    smallTalk = definitions.filter { $0.context.contains(.smallTalk) }.map(\.intent)
    self.learned = learned.flatMap { $0.intents == intents ? $0 : nil } ?? .untrained(intents)
  }

  /// Compiles the definitions, stemming every word once.
  public init(definitions: [IntentDefinition], stemmer: Stemmer, learned: LearnedWeights? = nil) {
    self.init(definitions: definitions, tables: Self.compile(definitions, stemmer: stemmer), learned: learned)
  }

  /// The intents, in the order the classifier scores them.
  public var intentOrder: [IntentID] { intents }

  /// Scores every intent and chooses one.
  public func classify(_ input: ClassifierInput, cues: Cues) -> Classification {
    let hand = HandReading(input, tables: tables)
    let scores = learned.scores(of: input, cues: cues, hand: hand.scores)
    let probabilities = Softmax.probabilities(scores, dividedBy: learned.temperature, allowed: hand.allowed)
    // Ties go to the intent defined first, so the choice never depends on the sort. The
    // intents' probabilities are sorted in place with their places, and each scored intent
    // built once, in its rank.
    var order: [(probability: Double, index: Int)] = []
    order.reserveCapacity(intents.count)
    for index in intents.indices where hand.allowed[index] { order.append((probabilities[index], index)) }
    order.sort { $0.probability > $1.probability || $0.probability == $1.probability && $0.index < $1.index }
    let matches = hand.matches(of: tables.weighted, weights: tables.weights)
    let ranked = order.map { probability, index in
      ScoredIntent(
        intent: intents[index], score: scores[index], probability: probability,
        hand: hand.score(of: index, matches: matches))
    }
    let nextReading = ranked.first { !wordBound.contains($0.intent) }
    return decide(
      ranked, input: input, cues: cues,
      asksATopic: input.isQuestion && nextReading.map(asksItsTopic) ?? false)
  }

  /// Chooses from the ranked intents: off-topic below the learned threshold, unsure when the
  /// runner-up is within the learned margin (unless the two are related).
  private func decide(_ ranked: [ScoredIntent], input: ClassifierInput, cues: Cues, asksATopic: Bool)
    -> Classification
  {
    // A long question the learned weights lean towards a goodbye on, under 50%, with none of
    // its words: small talk no likelier than not without its words is a misreading, so the
    // next reading counts. "Gotta dip", a goodbye at over 50%, stays one. And small talk
    // said in passing before a question whose next reading is a topic with its own words
    // ("Good afternoon. Would you explain what a director does?") is a courtesy: the question
    // is what wants an answer. So is small talk in a question of a dozen words or more: "signs
    // off" or "see you later" inside a post that asks is no goodbye, whatever the post asks.
    let reason: PassingOver.Reason? =
      asksATopic ? .beforeATopic : Self.isLongQuestion(input) ? .inALongQuestion : nil
    let spoken = ranked.first { passingReason($0, given: reason) == nil }
    let passing = ranked.first.flatMap { first in
      passingReason(first, given: reason).map { PassingOver(intent: first.intent, reason: $0) }
    }
    guard let best = spoken, best.intent != .unknown, best.probability >= learned.offTopicThreshold
    else {
      let best = spoken
      let confidence = best.map { $0.intent == .unknown ? $0.probability : 1 - $0.probability } ?? 1
      return Classification(
        ranked: ranked, intent: .unknown, confidence: confidence, isUnsure: false, topicScore: 0,
        passing: passing, weights: learned, input: input, cues: cues)
    }
    let second = ranked.first { $0.intent != best.intent && passingReason($0, given: reason) == nil }
    let unsure =
      second.map {
        best.probability - $0.probability < learned.unsureMargin && asksBetween(best.intent, $0.intent)
      } ?? false
    return Classification(
      ranked: ranked, intent: best.intent, confidence: best.probability, isUnsure: unsure,
      topicScore: best.hand.topicScore, passing: passing, weights: learned, input: input, cues: cues)
  }

  /// Whether the question asks in a dozen words or more: more than small talk ever says.
  private static func isLongQuestion(_ input: ClassifierInput) -> Bool {
    input.isQuestion && input.tokens.count >= 12
  }

  /// Why `scored`, an intent that needs its words, is passed over, or nil when it is not: the
  /// question gives a `reason` to pass small talk over, or none of its intent file's words are
  /// there and it is no likelier than not (all that an intent needing its words only when
  /// unsure is passed over for).
  private func passingReason(_ scored: ScoredIntent, given reason: PassingOver.Reason?)
    -> PassingOver.Reason?
  {
    let isUnsureWithoutItsWords = scored.probability < 0.5 && scored.hand.topicScore <= 0
    if wordBoundWhenUnsure.contains(scored.intent) { return isUnsureWithoutItsWords ? .withoutItsWords : nil }
    guard wordBound.contains(scored.intent) else { return nil }
    return reason ?? (isUnsureWithoutItsWords ? .withoutItsWords : nil)
  }

  /// Whether `scored` is a topic whose own words the question has: not small talk (nor help,
  /// nor off-topic), with a hand-written score from words of its intent file.
  private func asksItsTopic(_ scored: ScoredIntent) -> Bool {
    !smallTalk.contains(scored.intent) && scored.hand.topicScore > 0
  }

  /// Whether the advisor asks which was meant when these two intents are too close to call:
  /// not when the runner-up is off-topic, nor when the intent files call the two related.
  func asksBetween(_ best: IntentID, _ runnerUp: IntentID) -> Bool {
    runnerUp != .unknown && !related.contains { $0 == (best, runnerUp) || $0 == (runnerUp, best) }
  }
}
