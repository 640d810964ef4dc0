/// Shows how the classifier read a question: the words after correction, the entities, the
/// cues, the most probable intents, and for the chosen intent and the runner-up the features
/// that pulled each way with their weights.
///
/// This is what makes the advisor a teaching example: `advisor ask --explain "…"`
/// prints the arithmetic behind every answer.
public enum Explanation {
  /// How many pulls are shown for each of the two intents compared.
  static let pullsShown = 6

  /// A plain-text report on `analysis`.
  public static func render(_ analysis: Analysis) -> String {
    var lines = ["Words: " + analysis.words.joined(separator: " ")]
    if !analysis.corrections.isEmpty {
      lines.append(
        "Corrected: " + analysis.corrections.map { "\($0.typed) → \($0.understood)" }.joined(separator: ", "))
    }
    let found = EntityKind.allCases.compactMap { kind -> String? in
      let ids = analysis.entities.ids(of: kind)
      return ids.isEmpty ? nil : "\(kind.rawValue): \(ids.joined(separator: ", "))"
    }
    lines.append("Entities: " + (found.isEmpty ? "none" : found.joined(separator: "; ")))
    if !analysis.references.isEmpty { lines.append("Refers back: yes (\(analysis.references.count))") }
    lines.append("Cues: " + cues(analysis.cues))
    if let rest = analysis.afterGreeting {
      lines.append("Read without its greeting: the intents are those of \"\(rest)\"")
    }
    if let asked = analysis.askedQuestion {
      lines.append("Read on its own, after background: the intents are those of \"\(asked)\"")
    }
    lines += scores(analysis.classification)
    return lines.joined(separator: "\n")
  }

  /// The top intents with their probabilities, what pulled the best two, and the verdict.
  static func scores(_ classification: Classification) -> [String] {
    var lines = ["Intents:"]
    for scored in classification.ranked.prefix(4) where scored.probability >= 0.005 {
      lines.append(
        "  \(scored.intent.rawValue.padding(16)) \(percent(scored.probability))  (score \(format(scored.score)))"
      )
    }
    for (label, scored) in zip(["Best", "Runner-up"], classification.ranked.prefix(2)) {
      let pulls = classification.pulls(towards: scored.intent).filter { $0.what != "bias" }
      let towards = pulls.filter { $0.weight > 0 }.prefix(pullsShown)
      let away = pulls.filter { $0.weight < 0 }.prefix(pullsShown / 2)
      lines.append("\(label), \(scored.intent.rawValue):")
      lines.append("  for:     " + listed(towards))
      lines.append("  against: " + listed(away))
      let matched = classification.matched(of: scored)
      if !matched.isEmpty {
        let terms = matched.map { "\(describe($0.term)) \(signed($0.weight))" }
        lines.append("  intent file: " + terms.joined(separator: ", "))
      }
    }
    var verdict = "Chosen: \(classification.intent.rawValue), confidence \(format(classification.confidence))"
    if let passing = classification.passing {
      verdict += " (\(passing.intent.rawValue) \(reason(passing.reason)))"
    } else if classification.intent == .unknown, classification.ranked.first?.intent != .unknown {
      verdict += " (no topic is probable enough: the advisor says what it can help with)"
    }
    if classification.isUnsure { verdict += " (too close to call: the advisor asks instead)" }
    lines.append(verdict)
    return lines
  }

  /// Why an intent was passed over, as the verdict words it.
  private static func reason(_ reason: PassingOver.Reason) -> String {
    switch reason {
    case .withoutItsWords: "needs its words, and none are here"
    case .beforeATopic: "is said in passing: the question asks about a topic"
    case .inALongQuestion: "is said in passing: a question this long asks more"
    }
  }

  /// Pulls as `"how much" +2.1, <role> +0.5`, or "nothing".
  private static func listed(_ pulls: ArraySlice<(what: String, weight: Double)>) -> String {
    pulls.isEmpty
      ? "nothing" : pulls.map { "\(describe(feature: $0.what)) \(signed($0.weight))" }.joined(separator: ", ")
  }

  /// The cues found, as the cue files name them, with the years a statement gives.
  static func cues(_ cues: Cues) -> String {
    var names = cues.kinds.map(\.rawValue)
    if let years = cues.years { names.append("\(years) years of experience") }
    return names.isEmpty ? "none" : names.joined(separator: ", ")
  }

  /// A learned feature as a student reads it: `"how much"`, `starts "how"`, `cue people`,
  /// `<role>`, or the intent file's whole hand-written score.
  static func describe(feature: String) -> String {
    if feature.hasPrefix("<") || feature.hasPrefix("cue ") || feature == "intent file" { return feature }
    if feature.hasPrefix("^ ") { return "starts \"" + feature.dropFirst(2) + "\"" }
    return "\"" + feature + "\""
  }

  /// How a term is written in an intent file.
  static func describe(_ term: IntentTerm) -> String {
    switch term {
    case .words(let words): "\"" + words.joined(separator: " ") + "\""
    case .entity(let kind): "<\(kind.singular)>"
    case .severalRoles: "<roles>"
    case .reference: "<reference>"
    case .question: "<question>"
    case .amount: "<amount>"
    }
  }

  static func signed(_ value: Double) -> String {
    (value >= 0 ? "+" : "") + format(value)
  }

  private static func percent(_ value: Double) -> String {
    "\(Int((value * 100).rounded()))%".padding(4)
  }

  /// Two decimals at most, without trailing zeros.
  static func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    let text = "\(rounded)"
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }
}
