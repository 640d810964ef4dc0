import AdvisorCore

/// What must hold of a JSON turn (`advisor ask --json`): it is one JSON object, with the
/// contract's keys in order, that reads back as the reply it was written from.
enum TurnJSONCheck {
  /// Checks `json`, the turn numbered `turn` written from `reply`.
  /// - Throws: `PropertyViolation` when it does not parse or says something else.
  static func check(_ json: String, turn: Int, reply: Reply) throws(PropertyViolation) {
    let property = "a JSON turn parses back to its reply"
    guard case .object(let members)? = JSONValue.parse(json) else {
      throw PropertyViolation(property, "not a JSON object: \(json)")
    }
    let entities = EntityKind.allCases.compactMap { kind -> (key: String, value: JSONValue)? in
      let ids = reply.entities.ids(of: kind)
      return ids.isEmpty ? nil : (kind.rawValue, .array(ids.map(JSONValue.string)))
    }
    let expected: [(key: String, value: JSONValue)] = [
      ("turn", .number(Double(turn))),
      ("input", .string(reply.input)),
      ("intent", .string(reply.intent.rawValue)),
      ("confidence", members.first { $0.key == "confidence" }?.value ?? .null),
      ("entities", .object(entities)),
      ("answer", .string(PlainRenderer.render(reply.answer))),
      (
        "sources",
        .array(
          reply.sources.map { source in
            .object([
              ("id", .string(source.id.rawValue)), ("title", .string(source.title)),
              ("url", source.url.map(JSONValue.string) ?? .null), ("year", .string(source.year)),
            ])
          })
      ),
    ]
    try PropertyViolation.require(
      JSONValue.object(members) == .object(expected), property, "\(json)\nfor \(reply.input.debugDescription)"
    )
    guard case .number(let confidence) = expected[3].value else {
      throw PropertyViolation(property, "confidence is not a number: \(json)")
    }
    try PropertyViolation.require(
      (0...1).contains(confidence) && abs(confidence - reply.confidence) <= 0.0051, property,
      "confidence \(confidence) for \(reply.confidence): \(json)")
  }
}
