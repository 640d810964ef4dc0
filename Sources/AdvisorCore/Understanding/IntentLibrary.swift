/// The intent definitions and word lists the advisor understands questions with.
///
/// Built from the files of `Intents/`: `*.intent` files define intents, `*.words` files
/// list real words (one or more a line) that are known and never spell-corrected.
public struct IntentLibrary: Sendable {
  public let definitions: [IntentDefinition]
  /// The `.words` files' texts: real words that are never spell-corrected.
  public let wordLists: [String]
  /// The stem of every word the definitions use, when computed ahead of time (the embedded
  /// library's are); others are stemmed when the classifier is built.
  public let stems: [String: String]
  /// The words of the definitions when no stems were computed ahead of time.
  private let unstemmedWords: Set<String>

  /// Builds the library from files given as (name, text), for example an edited copy of
  /// `Intents/` loaded with `--intents`.
  /// - Throws: `IntentFileError` with the file and line of the first problem.
  public init(files: [(name: String, text: String)]) throws(IntentFileError) {
    let intentFiles = files.filter { $0.name.hasSuffix(".intent") }
    definitions = try IntentFileParser.parse(files: intentFiles)
    wordLists = files.filter { $0.name.hasSuffix(".words") }.map(\.text)
    stems = [:]
    unstemmedWords = Self.words(of: definitions)
  }

  /// A library from definitions already parsed, as `generate-intents` writes them.
  public init(definitions: [IntentDefinition], wordLists: [String], stems: [String: String]) {
    self.definitions = definitions
    self.wordLists = wordLists
    self.stems = stems
    self.unstemmedWords = []
  }

  /// The library compiled into the binary from `Intents/`: parsed and stemmed when it was
  /// generated (`swift run generate-intents`), so start-up does neither.
  public static func embedded() -> IntentLibrary {
    IntentLibrary(
      definitions: EmbeddedIntents.definitions, wordLists: EmbeddedIntents.wordLists,
      stems: EmbeddedIntents.stems)
  }

  /// The word lists, ready to search; built on demand, since only the spelling
  /// corrector needs them.
  public var knownWords: [WordList] {
    wordLists.map(WordList.init)
  }

  /// Every word an intent file mentions, for the spelling corrector's vocabulary.
  public var termWords: Set<String> {
    stems.isEmpty ? unstemmedWords : Set(stems.keys)
  }

  /// Whether an intent file mentions the word.
  public func knowsWord(_ word: String) -> Bool {
    stems.isEmpty ? unstemmedWords.contains(word) : stems[word] != nil
  }

  /// Every word the definitions use (placeholders aside).
  private static func words(of definitions: [IntentDefinition]) -> Set<String> {
    var words = Set<String>()
    for definition in definitions {
      for term in definition.weights.map(\.term) + definition.requires + definition.excludes {
        if case .words(let list) = term { words.formUnion(list.filter { !$0.hasPrefix("<") }) }
      }
    }
    return words
  }
}
