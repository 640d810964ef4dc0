/// The `context:` line of each intent file, found by the intent's id.
///
/// The resolver asks a few times a question how an intent uses the conversation. Finding the
/// definition among a couple of dozen by comparing ids as strings, and copying it out, cost
/// some 500 instructions each time; here the ids are a `SortedWords`, searched on numbers.
/// Building it at start-up costs some 10,000 instructions: it lists the ids and their places,
/// types the runtime already knows, rather than pairs of them, a type it would build first.
struct IntentContexts: Sendable {
  private let definitions: [IntentDefinition]
  /// The ids of the intents, sorted.
  private let ids: SortedWords
  /// Where the intent at the same place in `ids` is in `definitions`.
  private let places: [Int]

  /// Indexes the definitions' ids; no intent is defined twice (the parser checks).
  init(_ definitions: [IntentDefinition]) {
    let places = definitions.indices.sorted { definitions[$0].intent < definitions[$1].intent }
    self.definitions = definitions
    self.ids = SortedWords(places.map { definitions[$0].intent.rawValue })
    self.places = places
  }

  /// The uses of the conversation that `intent`'s file lists: none for an intent no file defines.
  func uses(of intent: IntentID) -> [ContextUse] {
    ids.index(of: intent.rawValue).map { definitions[places[$0]].context } ?? []
  }
}
