import AdvisorCore

/// Builds the advisor from the embedded intents and knowledge, or from the edited copies that
/// `--intents DIR` and `--knowledge DIR` name.
extension AdvisorCLI {
  /// The advisor the options ask for.
  /// - Throws: `CLIError.intents` or `.knowledge` for a malformed file (65) or an unreadable
  ///   folder (66).
  static func makeAdvisor(_ options: Arguments) throws(CLIError) -> Advisor {
    let (library, intentFiles) = try intents(in: options.intentsDirectory)
    let advisor: Advisor
    if let directory = options.knowledgeDirectory {
      // The embedded names are the standard knowledge base's: the lexicon is built from the copy.
      let (knowledge, knowledgeFiles) = try knowledge(in: directory)
      advisor = learning(intentFiles + knowledgeFiles, library) {
        Advisor(knowledge: knowledge, intents: $0)
      }
    } else {
      advisor = learning(intentFiles, library) {
        Advisor(knowledge: .standard, intents: $0, lexicon: .embedded())
      }
    }
    // An edited copy of Intents/ is checked as the embedded one is when it is generated: an
    // example that no longer classifies as its intent is worth a warning, not a refusal.
    if options.intentsDirectory != nil {
      for warning in advisor.misclassifiedExamples() {
        Output.error.write("advisor: warning: " + TerminalText.sanitized(warning) + "\n")
      }
    }
    return advisor
  }

  /// The advisor `make` builds from `library`, with the weights learned from `files` taken
  /// from the cache when it has them, and kept there when they had to be learned.
  private static func learning(
    _ files: [(name: String, text: String)], _ library: IntentLibrary, make: (IntentLibrary) -> Advisor
  ) -> Advisor {
    guard library.learned == nil, !files.isEmpty else { return make(library) }
    let digest = IntentTrainer.digest(of: files)
    if let cached = LearnedWeightsCache.load(digest: digest) { return make(library.with(learned: cached)) }
    let advisor = make(library)
    if let learned = advisor.intents.learned { LearnedWeightsCache.save(learned, digest: digest) }
    return advisor
  }

  /// The library, and the files it was read from (none for the embedded one).
  private static func intents(in directory: String?) throws(CLIError) -> (
    IntentLibrary, [(name: String, text: String)]
  ) {
    guard let directory else { return (.embedded(), []) }
    do throws(IntentFileError) {
      let files: [(name: String, text: String)]
      do {
        files = try DataFolder.texts(in: directory, where: IntentLibrary.isIntentFile)
      } catch {
        throw IntentFileError(file: error.path, line: 0, problem: .unreadable(error.reason))
      }
      let named = files.map { (name: DataFolder.join(directory, $0.name), text: $0.text) }
      return (try IntentLibrary(files: named), files)
    } catch {
      throw .intents(error)
    }
  }

  /// The knowledge base in `directory`, and its files; its errors name files by their path
  /// from there.
  private static func knowledge(in directory: String) throws(CLIError) -> (
    KnowledgeBase, [(name: String, text: String)]
  ) {
    let files: [(name: String, text: String)]
    do {
      files = try DataFolder.texts(in: directory, where: KnowledgeBase.isKnowledgeFile)
    } catch {
      throw .knowledge(KnowledgeError(file: error.path, line: 0, problem: .unreadable(error.reason)))
    }
    do {
      return (try KnowledgeBase(files: files), files)
    } catch {
      let file = DataFolder.join(directory, error.file)
      throw .knowledge(KnowledgeError(file: file, line: error.line, problem: error.problem))
    }
  }
}
