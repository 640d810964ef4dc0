/// What the classifier makes of a question.
public struct Classification: Sendable {
  /// The intents the intent files allow for the question, most probable first.
  public let ranked: RankedIntents
  /// The chosen intent: the most probable one, or `unknown` when it is not probable enough.
  public let intent: IntentID
  /// How sure the choice is, in [0, 1]: the chosen intent's probability (for `unknown`
  /// chosen by threshold, the probability that the best topic is not meant).
  public let confidence: Double
  /// True when the runner-up is too close to the best: the advisor asks rather than guesses.
  public let isUnsure: Bool
  /// The part of the best intent's hand-written score that comes from words rather than
  /// entities: zero means the question names things but no topic ("what about directors?").
  public let topicScore: Double
  /// Whether the question has words the off-topic intent file names ("dentist", "weather").
  public let namesOffTopic: Bool
  /// The learned features the question has, as `--explain` names them; spelt out only when
  /// asked for, since scoring reads them where they are written.
  public var features: [String] { LearnedFeatures.of(input, cues: cues) }
  /// The likelier intent passed over, if any, and why: it needs its words and none are there
  /// ("well that's it for me" at under 50% is not taken as a goodbye), or it is said in passing
  /// before a question on a topic ("good afternoon, what does a director do?") or inside a long
  /// question.
  public var passing: PassingOver? = nil
  /// The likelier intent passed over, if any.
  public var passedOver: IntentID? { passing?.intent }
  /// The weights the scores came from, the terms each intent matched (by `HandScore.stretch`,
  /// as `HandReading.matched` holds them), and what the scores were read from, to explain them.
  let weights: ClassifierWeights
  let matchedPlaces: [Int]
  let input: ClassifierInput
  let cues: Cues

  /// The terms of `scored`'s intent file that matched, with their weights; spelt out only
  /// when asked for (`--explain`).
  public func matched(of scored: ScoredIntent) -> [(term: IntentTerm, weight: Double)] {
    matchedPlaces[scored.hand.stretch].map {
      let place = HandReading.place(ofMatch: $0)
      return (weights.terms[place], weights.termWeights[place])
    }
  }

  /// What pulled towards `intent` (positive) or away from it, strongest first: each feature's
  /// learned weight, then the intent's bias and its hand-written score times the prior.
  public func pulls(towards intent: IntentID) -> [(what: String, weight: Double)] {
    let learned = weights.learned
    guard let column = learned.intents.firstIndex(of: intent) else { return [] }
    var pulls: [(what: String, weight: Double)] = []
    for feature in features {
      if let weight = learned.weights(of: feature).first(where: { $0.intent == column })?.weight {
        pulls.append((feature, weight))
      }
    }
    let hand = ranked.first { $0.intent == intent }?.hand.score ?? 0
    if hand != 0 { pulls.append(("intent file", learned.prior * hand)) }
    pulls.append(("bias", learned.bias[column]))
    return pulls.sorted { (abs($0.weight), $1.what) > (abs($1.weight), $0.what) }
  }
}

/// One intent's score for a question, and why.
public struct ScoredIntent: Sendable {
  public let intent: IntentID
  /// The score: learned weights of the features, bias, and the hand-written score times the
  /// prior.
  public let score: Double
  /// The softmax of the scores: how probable the intent is.
  public let probability: Double
  /// What the intent file's own lines give the question.
  public let hand: HandScore
}

/// A likelier intent the classifier passed over, and why.
public struct PassingOver: Sendable, Equatable {
  public let intent: IntentID
  public let reason: Reason

  /// Why an intent that needs its words was passed over.
  public enum Reason: Sendable, Equatable {
    /// None of its words are there, and it is no likelier than not.
    case withoutItsWords
    /// The question asks a topic in that topic's own words.
    case beforeATopic
    /// The question asks in a dozen words or more.
    case inALongQuestion
  }
}

/// An intent's hand-written score for a question: the sum of its file's `weight N:` terms
/// that the question matches.
///
/// Plain numbers, nothing to retain: the terms themselves are the classification's to spell
/// out (`Classification.matched(of:)`), since only `--explain` reads them.
public struct HandScore: Sendable {
  public let score: Double
  /// The part of the score that comes from words and phrases rather than entities.
  public let topicScore: Double
  /// Where this intent's matched terms are in the classification's `matchedPlaces`.
  let stretch: Range<Int>
}

/// The weights a classifier scores with, shared by every classification it makes to explain
/// its scores: the learned weights, and the intent files' weighed terms with their weights.
///
/// A class, so that a classification holds one reference to them all, retained once, rather
/// than a copy of each of their arrays.
final class ClassifierWeights: Sendable {
  let learned: LearnedWeights
  /// The weighed terms of the classifier's tables, and their weights, in the same order.
  let terms: [IntentTerm]
  let termWeights: [Double]

  init(learned: LearnedWeights, terms: [IntentTerm], termWeights: [Double]) {
    self.learned = learned
    self.terms = terms
    self.termWeights = termWeights
  }
}
