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
    func add(_ feature: String) {
      if seen.insert(feature).inserted { features.append(feature) }
    }
    let tokens = input.tokens
    for token in tokens { add(token) }
    for index in tokens.indices.dropFirst() { add(tokens[index - 1] + " " + tokens[index]) }
    if let first = tokens.first { add("^ " + first) }
    if input.isQuestion { add("<question>") }
    if input.hasAmount { add("<amount>") }
    if input.hasReference { add("<reference>") }
    if input.entities.roles.count > 1 { add("<roles>") }
    for cue in cues.kinds where cue.isLearned { add("cue " + cue.rawValue) }
    if tokens.count <= 3 { add("<short>") }
    return features
  }
}
