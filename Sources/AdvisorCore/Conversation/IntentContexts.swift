/// The `context:` line of each intent file, found by the intent's id.
///
/// The resolver asks a few times a question how an intent uses the conversation. Searching the
/// definitions for the id, string by string, and copying the one found out, cost some 500
/// instructions each time. Here the lengths of the ids are kept beside them, so that a search
/// compares numbers, and strings only for the few ids as long as the one asked about. Start-up
/// only counts two dozen ids.
struct IntentContexts: Sendable {
  private let definitions: [IntentDefinition]
  /// The length in UTF-8 bytes of the id of the definition at the same place.
  private let lengths: [Int]

  init(_ definitions: [IntentDefinition]) {
    self.definitions = definitions
    self.lengths = definitions.map(\.intent.rawValue.utf8.count)
  }

  /// The uses of the conversation that `intent`'s file lists, the first file's if two define it:
  /// none for an intent no file defines.
  func uses(of intent: IntentID) -> [ContextUse] {
    let length = intent.rawValue.utf8.count
    for (place, other) in lengths.enumerated() where other == length && definitions[place].intent == intent {
      return definitions[place].context
    }
    return []
  }
}
