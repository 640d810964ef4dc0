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
  static func forEach(
    of input: ClassifierInput, cues: Cues, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(64)
    /// A feature is one word, or two joined by a space ("how much", "cue asking").
    func emit(_ first: String, _ second: String? = nil) {
      bytes.removeAll(keepingCapacity: true)
      append(first)
      if let second {
        bytes.append(UInt8(ascii: " "))
        append(second)
      }
      bytes.withUnsafeBufferPointer(body)
    }
    /// Copies a word's bytes at once, where appending its `utf8` goes a byte at a time.
    func append(_ word: String) {
      var word = word
      word.withUTF8 { bytes.append(contentsOf: $0) }
    }
    let tokens = input.tokens
    for token in tokens { emit(token) }
    for index in tokens.indices.dropFirst() { emit(tokens[index - 1], tokens[index]) }
    if let first = tokens.first { emit("^", first) }
    if input.isQuestion { emit("<question>") }
    if input.hasAmount { emit("<amount>") }
    if input.hasReference { emit("<reference>") }
    if input.entities.roles.count > 1 { emit("<roles>") }
    for cue in cues.kinds where cue.isLearned { emit("cue", cue.rawValue) }
    if tokens.count <= 3 { emit("<short>") }
  }
}
