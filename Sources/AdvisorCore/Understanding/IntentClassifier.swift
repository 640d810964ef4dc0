/// A keyword classifier: each intent file gives weights to words, phrases and entity kinds; a
/// question's score for an intent is the sum of the weights it matches.
///
/// Simple on purpose: a student can read an intent file, predict a score by hand, and
/// see why the advisor chose what it chose.
public struct IntentClassifier: Sendable {
  /// Below this score nothing is recognised and the intent is `unknown`.
  public static let minimumScore = 1.5
  /// Below this confidence the advisor says it is not sure.
  public static let unsureConfidence = 0.3
  /// When the runner-up reaches this share of the best score, the two are too close.
  public static let closeRatio = 0.9
  /// Unless the best has this much evidence: then both readings are well supported and the
  /// stronger one is answered.
  public static let confidentScore = 6.0

  private let intents: [IntentID]
  private let tables: Tables
  private let stemNumbers: [String: Int]
  /// For each intent, the intents it may narrowly beat and still be answered.
  private let related: [IntentID: Set<IntentID>]

  /// Builds the classifier from tables compiled before, in the definitions' order.
  public init(definitions: [IntentDefinition], tables: Tables) {
    intents = definitions.map(\.intent)
    self.tables = tables
    stemNumbers = Dictionary(uniqueKeysWithValues: tables.stems.enumerated().map { ($1, $0) })
    var related: [IntentID: Set<IntentID>] = [:]
    for definition in definitions {
      for other in definition.related {
        related[definition.intent, default: []].insert(other)
        related[other, default: []].insert(definition.intent)
      }
    }
    self.related = related
  }

  /// Compiles the definitions, stemming every word once.
  /// - Parameters:
  ///   - definitions: the intents, as their files define them.
  ///   - stemmer: stems the words.
  public init(definitions: [IntentDefinition], stemmer: Stemmer) {
    self.init(definitions: definitions, tables: Self.compile(definitions, stemmer: stemmer))
  }

  /// Scores every intent and chooses one.
  public func classify(_ input: ClassifierInput) -> Classification {
    let stems = input.tokens.filter { !Self.isArticle($0) }.map { stemNumbers[$0, default: -1] }
    var scored: [ScoredIntent] = []
    for index in intents.indices {
      if !tables.requires[index].isEmpty,
        !tables.requires[index].contains(where: { matches($0, input, stems) })
      {
        continue
      }
      if tables.excludes[index].contains(where: { matches($0, input, stems) }) { continue }
      let matched = matchedTerms(tables.terms[index], input, stems)
      let score = matched.reduce(0) { $0 + $1.weight }
      let topic = matched.reduce(0) { total, item in
        if case .words = item.term.term { return total + item.weight }
        return total
      }
      if score > 0 {
        scored.append(
          ScoredIntent(
            intent: intents[index], score: score, topicScore: topic,
            matched: matched.map { ($0.term.term, $0.weight) }))
      }
    }
    // Ties go to the intent defined first, so the choice never depends on the sort.
    let ranked = scored.enumerated().sorted { ($0.element.score, $1.offset) > ($1.element.score, $0.offset) }
    return decide(ranked.map(\.element))
  }

  private func decide(_ ranked: [ScoredIntent]) -> Classification {
    let scored = ranked
    guard let best = scored.first, best.score >= Self.minimumScore else {
      let top = scored.first?.score ?? 0
      return Classification(
        ranked: ranked, intent: .unknown, confidence: 1 - top / (top + 1.5),
        isUnsure: false, topicScore: 0)
    }
    let second = scored.dropFirst().first?.score ?? 0
    let strength = best.score / (best.score + 1.5)
    let confidence = strength * best.score / (best.score + second)
    let unsure =
      confidence < Self.unsureConfidence
      || (second >= Self.closeRatio * best.score && best.score < Self.confidentScore
        && !(related[best.intent]?.contains(scored[1].intent) ?? false))
    return Classification(
      ranked: ranked, intent: best.intent, confidence: confidence, isUnsure: unsure,
      topicScore: best.topicScore)
  }

  /// The terms of one intent that a question matches.
  ///
  /// Each word counts once, for the heaviest term that covers it: "move into management" does
  /// not also count as "move into". Terms are kept heaviest first (longest first among equals),
  /// so they claim their words before lighter terms are tried; a term counts when it covers at
  /// least one word no heavier term has claimed.
  private func matchedTerms(
    _ terms: [(term: CompiledTerm, weight: Double)], _ input: ClassifierInput, _ stems: [Int]
  ) -> [(term: CompiledTerm, weight: Double)] {
    var claimed = [Bool](repeating: false, count: stems.count)
    var matched: [(term: CompiledTerm, weight: Double)] = []
    for item in terms {
      guard case .words = item.term.term else {
        if matches(item.term, input, stems) { matched.append(item) }
        continue
      }
      var found = false
      for start in Self.phraseStarts(item.term.stems, in: stems) {
        let range = start..<start + item.term.stems.count
        if range.contains(where: { !claimed[$0] }) {
          for position in range { claimed[position] = true }
          found = true
        }
      }
      if found { matched.append(item) }
    }
    return matched
  }

  private func matches(_ term: CompiledTerm, _ input: ClassifierInput, _ stems: [Int]) -> Bool {
    switch term.term {
    case .words: Self.containsPhrase(term.stems, in: stems)
    case .entity(let kind): input.entities.contains(kind)
    case .severalRoles: input.entities.roles.count >= 2
    case .reference: input.hasReference
    case .question: input.isQuestion
    case .amount: input.hasAmount
    }
  }

  /// Articles are left out of phrases and questions alike, so "what can an EM become" matches
  /// "can <role> become".
  static func isArticle(_ word: String) -> Bool {
    word == "a" || word == "an" || word == "the"
  }

  /// Where `phrase` starts in `stems`, every place it occurs.
  private static func phraseStarts(_ phrase: [Int], in stems: [Int]) -> [Int] {
    guard let first = phrase.first, stems.count >= phrase.count else { return [] }
    return (0...(stems.count - phrase.count)).filter { start in
      stems[start] == first && (1..<phrase.count).allSatisfy { stems[start + $0] == phrase[$0] }
    }
  }

  /// Whether `phrase` occurs as consecutive tokens; unknown words are -1 and never match.
  private static func containsPhrase(_ phrase: [Int], in stems: [Int]) -> Bool {
    guard let first = phrase.first, stems.count >= phrase.count else { return false }
    var start = 0
    while start + phrase.count <= stems.count {
      if stems[start] == first {
        var end = 1
        while end < phrase.count, stems[start + end] == phrase[end] { end += 1 }
        if end == phrase.count { return true }
      }
      start += 1
    }
    return false
  }
}
