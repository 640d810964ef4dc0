/// The features the learned classifier reads from a question: its stems and placeholders,
/// each pair of neighbours, the kinds of thing it names, and its cues.
///
/// Written as words, so a student can read a learned weight as "'how much' pulls towards
/// salary".
enum LearnedFeatures {
  /// The features of a question, without repeats, in a fixed order.
  static func of(_ input: ClassifierInput, cues: Cues) -> [String] {
    var features: [String] = []
    var seen = Set<String>()
    forEach(of: input, cues: cues) { bytes in
      let feature = String(decoding: bytes, as: UTF8.self)
      if seen.insert(feature).inserted { features.append(feature) }
    }
    return features
  }

  /// Calls `body` with the bytes of each feature of a question, in the order of `of`, repeats
  /// included: scoring looks each up where it is written, and builds no string.
  ///
  /// The question's tokens are written once, after a "^" and each after a space, so that every
  /// token and every pair of neighbours ("how much"), and the first token after "^", is a
  /// slice of the one buffer: no feature is copied to be looked up. The buffer, and where each
  /// token ends, are on the stack: a question's features allocate nothing.
  static func forEach(
    of input: ClassifierInput, cues: Cues, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
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
        func emit(from first: Int, to last: Int) {
          body(UnsafeBufferPointer(rebasing: text[(first == 0 ? 2 : ends[first - 1] + 1)..<ends[last]]))
        }
        for index in tokens.indices { emit(from: index, to: index) }
        for index in tokens.indices.dropFirst() { emit(from: index - 1, to: index) }
        if !tokens.isEmpty { body(UnsafeBufferPointer(rebasing: text[..<ends[0]])) }
      }
    }
    if input.isQuestion { emit("<question>", body) }
    if input.hasAmount { emit("<amount>", body) }
    if input.hasReference { emit("<reference>", body) }
    if input.entities.roles.count > 1 { emit("<roles>", body) }
    for cue in cues.kinds where cue.isLearned { emit(cue, body) }
    if tokens.count <= 3 { emit("<short>", body) }
  }

  /// The most features `forEach` calls its body with for `input`: one for each token and
  /// each pair, the first token, the five placeholders and every kind of cue.
  static func mostFeatures(of input: ClassifierInput) -> Int {
    2 * input.tokens.count + 5 + Cue.allCases.count
  }

  /// Calls `body` with the bytes of a feature written out.
  private static func emit(_ feature: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    body(UnsafeBufferPointer(start: feature.utf8Start, count: feature.utf8CodeUnitCount))
  }

  /// Calls `body` with the bytes of a cue's feature, "cue " and its name, written on the stack.
  private static func emit(_ cue: Cue, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    cue.rawValue.withBytes { name in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 + name.count) { feature in
        let prefix: StaticString = "cue "
        let start = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        _ = feature.initialize(fromContentsOf: start)
        _ = UnsafeMutableBufferPointer(rebasing: feature[4...]).initialize(fromContentsOf: name)
        body(UnsafeBufferPointer(feature))
      }
    }
  }
}
