/// The intent definitions and word lists the advisor understands questions with.
///
/// Built from the files of `Intents/`: `*.intent` files define intents, `*.words` files
/// list real words (one or more a line) that are known and never spell-corrected, and
/// `examples/<intent>.txt` files hold the example questions the classifier learns from.
public struct IntentLibrary: Sendable {
  public let definitions: [IntentDefinition]
  /// The `.words` files' texts: real words that are never spell-corrected.
  public let wordLists: [String]
  /// The word cues of the `.cues` files.
  public let cues: CueBook
  /// The classifier's tables when compiled ahead of time (the embedded library's are);
  /// otherwise the classifier compiles the definitions when it is built.
  public let tables: IntentClassifier.Tables?
  /// The example questions, from `examples/*.txt` and the `example:` lines (empty for the
  /// embedded library, whose weights were learned when it was generated).
  public let corpus: [LabelledQuestion]
  /// The classifier's learned weights: embedded, or learned from `corpus` when the advisor
  /// is built (`IntentTrainer`).
  public let learned: LearnedWeights?
  /// Every word the definitions use, sorted, for telling words apart from typos.
  private let sortedWords: SortedWords
  /// The intents worth offering as topics, in their files' `order:`.
  ///
  /// Neither small talk nor statements about oneself. Kept, not computed, since every
  /// message asks about them.
  public let topics: [IntentID]
  /// The length in UTF-8 bytes of each definition's id.
  ///
  /// A search for an intent compares numbers, and strings only for the few ids as long as its
  /// own: the resolver asks how an intent uses the conversation a few times a question.
  private let idLengths: [Int]

  /// The definition of an intent, the first file's if two define it.
  public func definition(_ intent: IntentID) -> IntentDefinition? {
    place(of: intent).map { definitions[$0] }
  }

  /// The uses of the conversation that `intent`'s file lists (`context:`); none for an intent
  /// no file defines.
  ///
  /// Read in place: a definition copied out counts a reference to each of its lists.
  func uses(of intent: IntentID) -> [ContextUse] {
    place(of: intent).map { definitions[$0].context } ?? []
  }

  /// Whether an intent is small talk (`context: small talk`): it neither uses nor changes
  /// the conversation's topic.
  public func isSmallTalk(_ intent: IntentID) -> Bool {
    uses(of: intent).contains(.smallTalk)
  }

  /// Where the first definition of `intent` is.
  private func place(of intent: IntentID) -> Int? {
    let length = intent.rawValue.utf8.count
    return idLengths.indices.first { idLengths[$0] == length && definitions[$0].intent == intent }
  }

  /// The intents of `definitions` worth offering as topics, in their files' `order:`.
  private static func topics(of definitions: [IntentDefinition]) -> [IntentID] {
    definitions.filter { !$0.context.contains(.smallTalk) && $0.intent != .profile }
      .sorted { ($0.order ?? Int.max, $0.intent) < ($1.order ?? Int.max, $1.intent) }.map(\.intent)
  }

  /// Whether a file of `Intents/` is part of the library: intent definitions, word lists
  /// and cues.
  public static func isIntentFile(_ name: String) -> Bool {
    name.hasSuffix(".intent") || name.hasSuffix(".words") || name.hasSuffix(".cues") || isExamplesFile(name)
  }

  /// Whether a file holds example questions: `examples/<intent>.txt`, or the same in a
  /// folder of `examples/` (`examples/from-opened-sets/<intent>.txt`).
  static func isExamplesFile(_ name: String) -> Bool {
    name.hasSuffix(".txt") && name.split(separator: "/").dropLast().contains("examples")
  }

  /// Builds the library from files given as (name, text), for example an edited copy of
  /// `Intents/` loaded with `--intents`.
  /// - Throws: `IntentFileError` with the file and line of the first problem.
  public init(files: [(name: String, text: String)]) throws(IntentFileError) {
    let intentFiles = files.filter { $0.name.hasSuffix(".intent") }
    definitions = try IntentFileParser.parse(files: intentFiles)
    wordLists = files.filter { $0.name.hasSuffix(".words") }.map(\.text)
    cues = try CueBook(files: files.filter { $0.name.hasSuffix(".cues") })
    tables = nil
    sortedWords = SortedWords(Self.words(of: definitions).sorted())
    corpus = try Self.corpus(of: files.filter { Self.isExamplesFile($0.name) }, definitions: definitions)
    learned = nil
    topics = Self.topics(of: definitions)
    idLengths = definitions.map(\.intent.rawValue.utf8.count)
  }

  /// The example questions of the examples files, then of the `example:` lines.
  /// - Throws: `IntentFileError` for an examples file of an intent no file defines.
  private static func corpus(
    of files: [(name: String, text: String)], definitions: [IntentDefinition]
  ) throws(IntentFileError) -> [LabelledQuestion] {
    var corpus: [LabelledQuestion] = []
    for file in files.sorted(by: { $0.name < $1.name }) {
      let id = String(file.name.split(separator: "/").last?.dropLast(4) ?? "")
      guard let definition = definitions.first(where: { $0.intent.rawValue == id }) else {
        throw IntentFileError(file: file.name, line: 1, problem: .unknownIntent(id))
      }
      corpus += try LabelledQuestion.parse(file: file.name, text: file.text, intent: definition.intent)
    }
    for definition in definitions {
      corpus += definition.examples.map {
        LabelledQuestion(text: $0, intent: definition.intent, file: definition.file, line: 0)
      }
    }
    return corpus
  }

  /// The same library with weights learned for it, or recorded when they were learned.
  public func with(learned: LearnedWeights) -> IntentLibrary {
    IntentLibrary(
      definitions: definitions, wordLists: wordLists, cues: cues, tables: tables,
      sortedWords: sortedWords.words, corpus: corpus, learned: learned)
  }

  /// A library compiled before, as `generate-embedded` writes it.
  init(
    definitions: [IntentDefinition], wordLists: [String], cues: CueBook,
    tables: IntentClassifier.Tables?,
    sortedWords: [String], corpus: [LabelledQuestion] = [], learned: LearnedWeights?
  ) {
    self.definitions = definitions
    self.wordLists = wordLists
    self.cues = cues
    self.tables = tables
    self.sortedWords = SortedWords(sortedWords)
    self.corpus = corpus
    self.learned = learned
    self.topics = Self.topics(of: definitions)
    idLengths = definitions.map(\.intent.rawValue.utf8.count)
  }

  /// The library compiled into the binary from `Intents/`: parsed, stemmed and sorted when it
  /// was generated (`swift run generate-embedded`), so start-up does none of it.
  public static func embedded() -> IntentLibrary {
    IntentLibrary(
      definitions: EmbeddedIntents.definitions, wordLists: EmbeddedIntents.wordLists,
      cues: EmbeddedIntents.cues,
      tables: EmbeddedIntents.tables, sortedWords: EmbeddedIntents.words, learned: EmbeddedIntents.learned)
  }

  /// The word lists, ready to search; built on demand, since only the spelling corrector needs
  /// them.
  public var knownWords: [WordList] {
    wordLists.map(WordList.init)
  }

  /// Every word an intent file mentions, for the spelling corrector's vocabulary.
  public var termWords: Set<String> {
    Set(sortedWords.words)
  }

  /// Whether an intent file mentions the word.
  public func knowsWord(_ word: String) -> Bool {
    sortedWords.contains(word)
  }

  /// Whether an intent file mentions the word, whose key (`PhraseIndex.key(of:)`) is made
  /// already: a question's words are looked up by theirs.
  func knowsWord(_ word: String, key: UInt64) -> Bool {
    sortedWords.index(of: word, key: key == PhraseIndex<Cue>.anyWord ? nil : key) != nil
  }

  /// Every word the definitions use (placeholders aside), except the off-topic words
  /// of `unknown`: a typo is never "corrected" into "lunch" or "weather".
  static func words(of definitions: [IntentDefinition]) -> Set<String> {
    var words = Set<String>()
    for definition in definitions where definition.intent != .unknown {
      for term in definition.weights.map(\.term) + definition.requires + definition.excludes {
        if case .words(let list) = term { words.formUnion(list.filter { !$0.hasPrefix("<") }) }
      }
    }
    return words
  }
}
