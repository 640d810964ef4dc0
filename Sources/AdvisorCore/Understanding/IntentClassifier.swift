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
  /// How each intent is chosen, by its place: read by place where comparing ids compared
  /// strings, a dozen times a question.
  private let choosing: [Choosing]
  /// The learned weights and the intent files' weighed terms, shared with every
  /// classification made.
  private let weights: ClassifierWeights
  /// The learned weights and the thresholds chosen with them: `weights.learned`, held here as
  /// well, since reading them through the class retained and released them each question,
  /// where a classifier's own are read in place.
  let learned: LearnedWeights

  /// How an intent is chosen: what its file's `context:` line says of it, and whether it is
  /// the off-topic intent.
  private struct Choosing: OptionSet {
    let rawValue: UInt8
    /// Chosen only when some of its own words are there (`context: needs its words`): "bye",
    /// "thanks", "hi".
    static let needsItsWords = Choosing(rawValue: 1)
    /// Chosen without its words only when likelier than not (`context: needs its words when
    /// unsure`): help.
    static let needsItsWordsWhenUnsure = Choosing(rawValue: 2)
    /// No topic (`context: small talk`): greetings, help, off-topic.
    static let smallTalk = Choosing(rawValue: 4)
    /// The off-topic intent, `unknown`.
    static let offTopic = Choosing(rawValue: 8)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ definition: IntentDefinition) {
      self = []
      if definition.context.contains(.needsItsWords) { insert(.needsItsWords) }
      if definition.context.contains(.needsItsWordsWhenUnsure) { insert(.needsItsWordsWhenUnsure) }
      if definition.context.contains(.smallTalk) { insert(.smallTalk) }
      if definition.intent == .unknown { insert(.offTopic) }
    }
  }

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
    choosing = definitions.map { Choosing($0) }
    let learned = learned.flatMap { $0.intents == intents ? $0 : nil } ?? .untrained(intents)
    self.learned = learned
    weights = ClassifierWeights(learned: learned, terms: tables.terms, termWeights: tables.index.weights)
  }

  /// Compiles the definitions, stemming every word once.
  public init(definitions: [IntentDefinition], stemmer: Stemmer, learned: LearnedWeights? = nil) {
    self.init(definitions: definitions, tables: Self.compile(definitions, stemmer: stemmer), learned: learned)
  }

  /// The intents, in the order the classifier scores them.
  public var intentOrder: [IntentID] { intents }

  /// Scores every intent and chooses one.
  public func classify(_ input: ClassifierInput, cues: Cues) -> Classification {
    let (ranked, matched) = rankedReading(of: input, cues: cues)
    let nextReading = ranked.first { !choosing[$0.place].contains(.needsItsWords) }
    return decide(
      RankedIntents(intents: intents, entries: ranked), matched: matched, input: input, cues: cues,
      asksATopic: input.isQuestion && nextReading.map(asksItsTopic) ?? false)
  }

  /// The intents the question is allowed for, ranked, and the intent files' terms it matched
  /// (`HandReading.matched`).
  ///
  /// Each intent's flag, hand-written score, score and probability are kept on the stack, in
  /// two buffers lent to each step (each under the kilobyte that stays there): as arrays, they
  /// were four made and freed a question. Only the two lists leave the buffers' closures, which
  /// copy what they return at every level.
  private func rankedReading(of input: ClassifierInput, cues: Cues) -> ([RankedIntents.Entry], [Int]) {
    let count = intents.count
    return withUnsafeTemporaryAllocation(of: Bool.self, capacity: count) { allowed in
      withUnsafeTemporaryAllocation(of: Double.self, capacity: 3 * count) { numbers in
        let handScores = UnsafeMutableBufferPointer(rebasing: numbers[..<count])
        let scores = UnsafeMutableBufferPointer(rebasing: numbers[count..<2 * count])
        let probabilities = UnsafeMutableBufferPointer(rebasing: numbers[(2 * count)...])
        let hand = HandReading(input, tables: tables, allowed: allowed, scores: handScores)
        learned.scores(of: input, cues: cues, hand: UnsafeBufferPointer(handScores), into: scores)
        Softmax.probabilities(
          UnsafeBufferPointer(scores), dividedBy: learned.temperature, allowed: UnsafeBufferPointer(allowed),
          into: probabilities)
        return (rank(hand, scores: scores, probabilities: probabilities), hand.matched)
      }
    }
  }

  /// The intents `hand` allows, most probable first; ties go to the intent defined first, so
  /// the choice never depends on a sort.
  ///
  /// The allowed intents are read in their order, each one's matched terms starting where the
  /// last one's ended, and each is put in its rank as it comes: shifting some twenty numbers
  /// costs less than sorting them. Their ranks and hand-written scores are kept on the stack
  /// (each buffer under the kilobyte that stays there), and the list is allocated once, by
  /// reserving its capacity: `Array(unsafeUninitializedCapacity:)` looks up the array's type
  /// at run time, some seven hundred instructions, where reserving is specialised.
  private func rank(
    _ hand: HandReading, scores: UnsafeMutableBufferPointer<Double>,
    probabilities: UnsafeMutableBufferPointer<Double>
  ) -> [RankedIntents.Entry] {
    withUnsafeTemporaryAllocation(of: (probability: Double, place: Int).self, capacity: intents.count) {
      order in
      withUnsafeTemporaryAllocation(of: HandScore.self, capacity: intents.count) { hands in
        var count = 0
        var matched = 0
        for place in intents.indices where hand.allowed[place] {
          hands[place] = hand.score(of: place, in: tables.index, from: &matched)
          var rank = count
          while rank > 0, order[rank - 1].probability < probabilities[place] {
            order[rank] = order[rank - 1]
            rank -= 1
          }
          order[rank] = (probabilities[place], place)
          count += 1
        }
        var ranked: [RankedIntents.Entry] = []
        ranked.reserveCapacity(count)
        for (probability, place) in order[..<count] {
          ranked.append(
            RankedIntents.Entry(
              place: place, score: scores[place], probability: probability, hand: hands[place]))
        }
        return ranked
      }
    }
  }

  /// Chooses from the ranked intents: off-topic below the learned threshold, unsure when the
  /// runner-up is within the learned margin (unless the two are related).
  private func decide(
    _ ranked: RankedIntents, matched: [Int], input: ClassifierInput, cues: Cues, asksATopic: Bool
  ) -> Classification {
    // A long question the learned weights lean towards a goodbye on, under 50%, with none of
    // its words: small talk no likelier than not without its words is a misreading, so the
    // next reading counts. "Gotta dip", a goodbye at over 50%, stays one. And small talk
    // said in passing before a question whose next reading is a topic with its own words
    // ("Good afternoon. Would you explain what a director does?") is a courtesy: the question
    // is what wants an answer. So is small talk in a question of a dozen words or more: "signs
    // off" or "see you later" inside a post that asks is no goodbye, whatever the post asks.
    let reason: PassingOver.Reason? =
      asksATopic ? .beforeATopic : Self.isLongQuestion(input) ? .inALongQuestion : nil
    let entries = ranked.entries
    let spoken = entries.first { passingReason($0, given: reason) == nil }
    let passing = entries.first.flatMap { first in
      passingReason(first, given: reason).map { PassingOver(intent: intents[first.place], reason: $0) }
    }
    let offTopic = entries.first { choosing[$0.place].contains(.offTopic) }
    let namesOffTopic = offTopic.map { $0.hand.topicScore > 0 } ?? false
    guard let best = spoken, !choosing[best.place].contains(.offTopic),
      best.probability >= learned.offTopicThreshold
    else {
      let best = spoken
      let confidence =
        best.map { choosing[$0.place].contains(.offTopic) ? $0.probability : 1 - $0.probability } ?? 1
      return Classification(
        ranked: ranked, intent: .unknown, confidence: confidence, isUnsure: false, topicScore: 0,
        namesOffTopic: namesOffTopic, passing: passing, weights: weights, matchedPlaces: matched,
        input: input, cues: cues)
    }
    let second = entries.first { $0.place != best.place && passingReason($0, given: reason) == nil }
    let unsure =
      second.map {
        best.probability - $0.probability < learned.unsureMargin
          && asksBetween(intents[best.place], intents[$0.place])
      } ?? false
    return Classification(
      ranked: ranked, intent: intents[best.place], confidence: best.probability, isUnsure: unsure,
      topicScore: best.hand.topicScore, namesOffTopic: namesOffTopic, passing: passing, weights: weights,
      matchedPlaces: matched, input: input, cues: cues)
  }

  /// Whether the question asks in a dozen words or more: more than small talk ever says.
  private static func isLongQuestion(_ input: ClassifierInput) -> Bool {
    input.isQuestion && input.tokens.count >= 12
  }

  /// Why `scored`, an intent that needs its words, is passed over, or nil when it is not: the
  /// question gives a `reason` to pass small talk over, or none of its intent file's words are
  /// there and it is no likelier than not (all that an intent needing its words only when
  /// unsure is passed over for).
  private func passingReason(_ scored: RankedIntents.Entry, given reason: PassingOver.Reason?)
    -> PassingOver.Reason?
  {
    let isUnsureWithoutItsWords = scored.probability < 0.5 && scored.hand.topicScore <= 0
    let choosing = choosing[scored.place]
    if choosing.contains(.needsItsWordsWhenUnsure) { return isUnsureWithoutItsWords ? .withoutItsWords : nil }
    guard choosing.contains(.needsItsWords) else { return nil }
    return reason ?? (isUnsureWithoutItsWords ? .withoutItsWords : nil)
  }

  /// Whether `scored` is a topic whose own words the question has: not small talk (nor help,
  /// nor off-topic), with a hand-written score from words of its intent file.
  private func asksItsTopic(_ scored: RankedIntents.Entry) -> Bool {
    !choosing[scored.place].contains(.smallTalk) && scored.hand.topicScore > 0
  }

  /// Whether the advisor asks which was meant when these two intents are too close to call:
  /// not when the runner-up is off-topic, nor when the intent files call the two related.
  func asksBetween(_ best: IntentID, _ runnerUp: IntentID) -> Bool {
    runnerUp != .unknown && !related.contains { $0 == (best, runnerUp) || $0 == (runnerUp, best) }
  }
}
