import Testing

@testable import AdvisorCore

/// The table of `context:` lines answers as searching the definitions in place does.
@Suite struct IntentContextsTests {
  private let definitions = IntentLibrary.embedded().definitions

  @Test func eachIntentHasItsFilesContextLine() {
    let contexts = IntentContexts(definitions)
    for definition in definitions {
      #expect(contexts.uses(of: definition.intent) == definition.context, "\(definition.intent)")
    }
  }

  @Test func idsOfOneLengthAreToldApart() {
    let contexts = IntentContexts(definitions)
    let sameLength = definitions.filter { $0.intent.rawValue.count == 6 }
    #expect(sameLength.count > 2)
    for definition in sameLength {
      #expect(contexts.uses(of: definition.intent) == definition.context, "\(definition.intent)")
    }
  }

  @Test func anIntentNoFileDefinesUsesNothing() {
    let contexts = IntentContexts(definitions)
    #expect(contexts.uses(of: "no_such_intent").isEmpty)
    #expect(contexts.uses(of: "").isEmpty)
    #expect(contexts.uses(of: "salarié").isEmpty)
  }
}
