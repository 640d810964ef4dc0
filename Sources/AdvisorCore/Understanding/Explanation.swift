/// Shows how the classifier read a question: the words after correction, the entities, the
/// cues, and each intent's score with the terms that earned it.
///
/// This is what makes the advisor a teaching example: `advisor ask --explain "…"`
/// prints the arithmetic behind every answer.
public enum Explanation {
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
    lines.append("Scores:")
    for scored in analysis.classification.ranked.prefix(5) {
      let terms = scored.matched.map { "\(describe($0.term)) \(signed($0.weight))" }
      lines.append(
        "  \(scored.intent.rawValue.padding(16)) \(format(scored.score))  (\(terms.joined(separator: ", ")))")
    }
    if analysis.classification.ranked.isEmpty { lines.append("  nothing matched") }
    let classification = analysis.classification
    var verdict = "Chosen: \(classification.intent.rawValue), confidence \(format(classification.confidence))"
    if classification.isUnsure { verdict += " (too unsure to answer: the advisor asks instead)" }
    lines.append(verdict)
    return lines.joined(separator: "\n")
  }

  /// The cues found, as the cue files name them, with the years a statement gives.
  static func cues(_ cues: Cues) -> String {
    var names = cues.kinds.map(\.rawValue)
    if let years = cues.years { names.append("\(years) years of experience") }
    return names.isEmpty ? "none" : names.joined(separator: ", ")
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

  private static func signed(_ value: Double) -> String {
    (value >= 0 ? "+" : "") + format(value)
  }

  /// Two decimals at most, without trailing zeros.
  static func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    let text = "\(rounded)"
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }
}
