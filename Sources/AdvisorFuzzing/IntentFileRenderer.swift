import AdvisorCore

/// Writes an intent definition back as an intent file, for the round trip the intent mode
/// checks: parsing what this writes gives the definition again.
enum IntentFileRenderer {
  /// The definition as intent-file text: one directive a line, one term a weight line.
  static func render(_ definition: IntentDefinition) -> String {
    var lines = ["intent: \(definition.intent.rawValue)", "summary: \(definition.summary)"]
    lines += definition.weights.map { "weight \($0.weight): \(render($0.term))" }
    if !definition.requires.isEmpty {
      lines.append("requires: " + definition.requires.map(render).joined(separator: ", "))
    }
    if !definition.excludes.isEmpty {
      lines.append("excludes: " + definition.excludes.map(render).joined(separator: ", "))
    }
    if !definition.related.isEmpty {
      lines.append("related: " + definition.related.map(\.rawValue).joined(separator: ", "))
    }
    if !definition.context.isEmpty {
      lines.append("context: " + definition.context.map(\.rawValue).joined(separator: ", "))
    }
    if !definition.forDegree.isEmpty {
      lines.append("when it is a degree: " + definition.forDegree.map(\.rawValue).joined(separator: ", "))
    }
    if !definition.forCertification.isEmpty {
      lines.append(
        "when it is a certification: " + definition.forCertification.map(\.rawValue).joined(separator: ", "))
    }
    if let order = definition.order { lines.append("order: \(order)") }
    lines += definition.replies.map { reply in
      (reply.source.map { "reply [\($0.rawValue)]: " } ?? "reply: ") + reply.text
    }
    lines += definition.examples.map { "example: \($0)" }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A term as written in a list: a phrase, or a kind in angle brackets.
  static func render(_ term: IntentTerm) -> String {
    switch term {
    case .words(let words): words.joined(separator: " ")
    case .entity(let kind): "<\(kind.singular)>"
    case .severalRoles: "<roles>"
    case .reference: "<reference>"
    case .question: "<question>"
    case .amount: "<amount>"
    }
  }

  /// Whether two definitions say the same, file name aside.
  static func same(_ left: IntentDefinition, _ right: IntentDefinition) -> Bool {
    left.intent == right.intent && left.summary == right.summary
      && left.weights.map(\.term) == right.weights.map(\.term)
      && left.weights.map(\.weight) == right.weights.map(\.weight)
      && left.requires == right.requires && left.excludes == right.excludes
      && left.examples == right.examples && left.related == right.related
      && left.context == right.context && left.forDegree == right.forDegree
      && left.forCertification == right.forCertification && left.order == right.order
      && left.replies == right.replies
  }
}
