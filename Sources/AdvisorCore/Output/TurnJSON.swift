/// The contract's machine-readable turn: one JSON object on one line.
///
/// Written by hand rather than with Foundation's encoder, which would double start-up
/// time; the object is small and its keys fixed, in the contract's order.
public enum TurnJSON {
  /// One answered question as the contract's JSON object.
  ///
  /// `{"turn": 1, "input": …, "intent": …, "confidence": …, "entities": {…}, "answer": …,
  /// "sources": [{"id": …, "title": …, "url": …, "year": …}]}`; `url` is null for a source
  /// that has none (the seed article).
  public static func encode(turn: Int, reply: Reply) -> String {
    let entities = EntityKind.allCases.compactMap { kind -> String? in
      let ids = reply.entities.ids(of: kind)
      guard !ids.isEmpty else { return nil }
      return "\(quoted(kind.rawValue)): [\(ids.map(quoted).joined(separator: ", "))]"
    }
    let confidence = (reply.confidence * 100).rounded() / 100
    return "{\"turn\": \(turn), \"input\": \(quoted(reply.input)), "
      + "\"intent\": \(quoted(reply.intent.rawValue)), \"confidence\": \(confidence), "
      + "\"entities\": {\(entities.joined(separator: ", "))}, "
      + "\"answer\": \(quoted(PlainRenderer.render(reply.answer))), "
      + "\"sources\": [\(reply.sources.map(source).joined(separator: ", "))]}"
  }

  /// One source of a turn as a JSON object.
  static func source(_ source: Source) -> String {
    "{\"id\": \(quoted(source.id.rawValue)), \"title\": \(quoted(source.title)), "
      + "\"url\": \(source.url.map(quoted) ?? "null"), \"year\": \(quoted(source.year))}"
  }

  /// A JSON string literal.
  static func quoted(_ text: String) -> String {
    QuotedLiteral.quote(text, as: .json)
  }
}
