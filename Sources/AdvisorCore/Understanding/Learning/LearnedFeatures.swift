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
  /// slice of the one buffer: no feature is copied to be looked up.
  static func forEach(
    of input: ClassifierInput, cues: Cues, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    let tokens = input.tokens
    var text: [UInt8] = []
    text.reserveCapacity(tokens.reduce(1) { $0 + 1 + $1.utf8.count })
    text.append(UInt8(ascii: "^"))
    var ends: [Int] = []
    ends.reserveCapacity(tokens.count)
    for token in tokens {
      text.append(UInt8(ascii: " "))
      token.withBytes { text.append(contentsOf: $0) }
      ends.append(text.count)
    }
    text.withUnsafeBufferPointer { text in
      /// The bytes from the start of token `first` to the end of token `last`.
      func emit(from first: Int, to last: Int) {
        body(UnsafeBufferPointer(rebasing: text[(first == 0 ? 2 : ends[first - 1] + 1)..<ends[last]]))
      }
      for index in tokens.indices { emit(from: index, to: index) }
      for index in tokens.indices.dropFirst() { emit(from: index - 1, to: index) }
      if !tokens.isEmpty { body(UnsafeBufferPointer(rebasing: text[..<ends[0]])) }
    }
    if input.isQuestion { emit("<question>", body) }
    if input.hasAmount { emit("<amount>", body) }
    if input.hasReference { emit("<reference>", body) }
    if input.entities.roles.count > 1 { emit("<roles>", body) }
    for cue in cues.kinds where cue.isLearned { emit("cue " + cue.rawValue, body) }
    if tokens.count <= 3 { emit("<short>", body) }
  }

  /// Calls `body` with the bytes of a feature written out.
  private static func emit(_ feature: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    feature.withBytes(body)
  }
}
