/// The intent definitions and word lists the advisor understands questions with.
///
/// Built from the files of `Intents/`: `*.intent` files define intents, `*.words` files
/// list real words (one or more a line) that are known and never spell-corrected.
public struct IntentLibrary: Sendable {
  public let definitions: [IntentDefinition]
  /// Real words that are never spell-corrected, one list per `.words` file.
  public let knownWords: [WordList]

  /// Builds the library from files given as (name, text), e.g. the embedded ones or an
  /// edited copy of `Intents/` loaded with `--intents`.
  /// - Throws: `IntentFileError` with the file and line of the first problem.
  public init(files: [(name: String, text: String)]) throws(IntentFileError) {
    let intentFiles = files.filter { $0.name.hasSuffix(".intent") }
    definitions = try IntentFileParser.parse(files: intentFiles)
    knownWords = files.filter { $0.name.hasSuffix(".words") }.map { WordList($0.text) }
  }

  /// The library compiled into the binary from `Intents/` (see `generate-intents`).
  /// - Throws: only if the embedded files are malformed, which a test rules out.
  public static func embedded() throws(IntentFileError) -> IntentLibrary {
    try IntentLibrary(files: EmbeddedIntents.files)
  }

  /// Every word an intent file mentions, for the spelling corrector's vocabulary.
  public var termWords: Set<String> {
    var words = Set<String>()
    for definition in definitions {
      for term in definition.weights.map(\.term) + definition.requires + definition.excludes {
        if case .words(let list) = term { words.formUnion(list.filter { !$0.hasPrefix("<") }) }
      }
    }
    return words
  }
}
