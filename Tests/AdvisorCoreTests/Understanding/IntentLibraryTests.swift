import Testing

@testable import AdvisorCore

@Suite struct IntentLibraryTests {
  @Test func embeddedFilesDefineEveryIntentOfTheContract() {
    let library = IntentLibrary.embedded()
    let defined = Set(library.definitions.map(\.intent))
    #expect(defined.isSuperset(of: IntentID.contract))
  }

  @Test func everyIntentFileHasASummaryAndExamples() {
    for definition in IntentLibrary.embedded().definitions {
      #expect(!definition.summary.isEmpty, "\(definition.file) has no summary")
      #expect(definition.examples.count >= 2, "\(definition.file) needs at least two examples")
    }
  }

  /// Every `example:` line of every intent file, as (file, intent, question).
  static let examples: [(String, IntentID, String)] = {
    let library = IntentLibrary.embedded().definitions
    return library.flatMap { definition in
      definition.examples.map { (definition.file, definition.intent, $0) }
    }
  }()

  @Test(arguments: examples)
  func everyExampleStillWinsItsIntent(file: String, intent: IntentID, question: String) {
    let analysis = TestAdvisor.analyzer().analyze(question)
    #expect(analysis.classification.intent == intent, "\(file): '\(question)'")
    #expect(!analysis.classification.isUnsure || intent == .unknown, "\(file): '\(question)' is unsure")
  }

  @Test func wordListsAreSearchedWithoutBuildingASet() {
    let list = WordList("# comment\nzeta alpha\nmid\n")
    #expect(list.contains("alpha") && list.contains("mid") && list.contains("zeta"))
    #expect(!list.contains("comment") && !list.contains("alp") && !list.contains("zetas"))
    #expect(list.count == 3)
  }

  @Test func eachIntentIsFoundWithItsFilesContextLineAmongIdsOfItsLength() {
    let library = IntentLibrary.embedded()
    #expect(library.definitions.filter { $0.intent.rawValue.count == 6 }.count > 2)
    for definition in library.definitions {
      #expect(library.definition(definition.intent)?.file == definition.file, "\(definition.intent)")
      #expect(library.uses(of: definition.intent) == definition.context, "\(definition.intent)")
    }
  }

  @Test func anIntentNoFileDefinesIsNotFound() {
    let library = IntentLibrary.embedded()
    for intent: IntentID in ["no_such_intent", "", "salarié"] {
      #expect(library.definition(intent) == nil)
      #expect(library.uses(of: intent).isEmpty)
    }
  }
}
