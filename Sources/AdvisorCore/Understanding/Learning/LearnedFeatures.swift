/// The features the learned classifier reads from a question: its stems and placeholders,
/// each pair of neighbours, the kinds of thing it names, and its cues.
///
/// Written as words, so a student can read a learned weight as "'how much' pulls towards
/// salary".
enum LearnedFeatures {
  /// The features of a question, without repeats, in a fixed order.
  static func of(_ input: ClassifierInput, cues: Cues) -> [String] {
    var names = FeatureNames()
    forEach(of: input, cues: cues, into: &names)
    return names.features
  }

  /// Gives `sink` each feature of a question, in the order of `of`, repeats included.
  ///
  /// A feature made of the question's words comes as its bytes, where scoring looks it up,
  /// and any other by its place in `fixed`: nothing is built to be looked up.
  ///
  /// The question's tokens are written once, after a "^" and each after a space, so that every
  /// token and every pair of neighbours ("how much"), and the first token after "^", is a
  /// slice of the one buffer: no feature is copied to be looked up. The buffer, and where each
  /// token ends, are on the stack: a question's features allocate nothing.
  static func forEach<Sink: LearnedFeatureSink>(of input: ClassifierInput, cues: Cues, into sink: inout Sink)
  {
    let tokens = input.tokens
    let length = tokens.reduce(1) { $0 + 1 + $1.utf8.count }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { text in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: tokens.count) { ends in
        var count = 0
        func append(_ byte: UInt8) {
          text[count] = byte
          count += 1
        }
        append(UInt8(ascii: "^"))
        for (index, token) in tokens.enumerated() {
          append(UInt8(ascii: " "))
          token.withBytes { $0.forEach(append) }
          ends[index] = count
        }
        let text = UnsafeBufferPointer(text)
        /// The bytes from the start of token `first` to the end of token `last`.
        func words(from first: Int, to last: Int) -> UnsafeBufferPointer<UInt8> {
          UnsafeBufferPointer(rebasing: text[(first == 0 ? 2 : ends[first - 1] + 1)..<ends[last]])
        }
        for index in tokens.indices { sink.add(word: words(from: index, to: index)) }
        for index in tokens.indices.dropFirst() { sink.add(word: words(from: index - 1, to: index)) }
        if !tokens.isEmpty { sink.add(word: UnsafeBufferPointer(rebasing: text[..<ends[0]])) }
        sink.finishWords()
      }
    }
    if input.isQuestion { sink.add(fixed: Placeholder.question.rawValue) }
    if input.hasAmount { sink.add(fixed: Placeholder.amount.rawValue) }
    if input.hasReference { sink.add(fixed: Placeholder.reference.rawValue) }
    if input.facts.namesSeveralRoles { sink.add(fixed: Placeholder.roles.rawValue) }
    var kinds = cues.kindOrdinals
    while kinds != 0 {
      if let place = cuePlaces[kinds.trailingZeroBitCount] { sink.add(fixed: place) }
      kinds &= kinds - 1
    }
    if tokens.count <= 3 { sink.add(fixed: Placeholder.short.rawValue) }
  }

  /// The most features `forEach` calls its body with for `input`: one for each token and
  /// each pair, the first token, the five placeholders and every kind of cue.
  static func mostFeatures(of input: ClassifierInput) -> Int {
    2 * input.tokens.count + 5 + Cue.allCases.count
  }

  /// The features a question may have besides its words, each at its place.
  ///
  /// The placeholders, then "cue " and the name of each learned cue: the same for every
  /// question, so the learned weights find their lines once (`LearnedWeights`), not for
  /// every question.
  static let fixed: [String] =
    Placeholder.allCases.map(\.feature) + Cue.ordered.filter(\.isLearned).map { "cue " + $0.rawValue }

  /// Each cue's place in `fixed`, by its ordinal; nil for the cues not learned from.
  private static let cuePlaces: [Int?] = {
    var next = Placeholder.allCases.count
    return Cue.ordered.map { cue in
      guard cue.isLearned else { return nil }
      defer { next += 1 }
      return next
    }
  }()

  /// What a question is, or has, besides its words, each at its place in `fixed`.
  private enum Placeholder: Int, CaseIterable {
    case question, amount, reference, roles, short

    /// The feature as the learned table writes it.
    ///
    /// Spelled out: `"\(self)"` names a case through the runtime's reflection, which decodes
    /// type names, 1.1 million instructions at every start-up, a sixth of `advisor ask`.
    var feature: String {
      switch self {
      case .question: "<question>"
      case .amount: "<amount>"
      case .reference: "<reference>"
      case .roles: "<roles>"
      case .short: "<short>"
      }
    }
  }
}

/// What `LearnedFeatures.forEach` gives a question's features to.
protocol LearnedFeatureSink {
  /// Takes a feature made of the question's words, as its bytes.
  mutating func add(word feature: UnsafeBufferPointer<UInt8>)
  /// Takes a feature of `LearnedFeatures.fixed`, by its place there.
  mutating func add(fixed place: Int)
  /// Is told that the features made of words have all come: their bytes last until it returns.
  mutating func finishWords()
}

/// Spells out a question's features, each once, in the order they come.
private struct FeatureNames: LearnedFeatureSink {
  private(set) var features: [String] = []
  private var seen = Set<String>()

  mutating func add(word feature: UnsafeBufferPointer<UInt8>) {
    add(String(decoding: feature, as: UTF8.self))
  }

  mutating func add(fixed place: Int) {
    add(LearnedFeatures.fixed[place])
  }

  func finishWords() {}

  private mutating func add(_ feature: String) {
    if seen.insert(feature).inserted { features.append(feature) }
  }
}
