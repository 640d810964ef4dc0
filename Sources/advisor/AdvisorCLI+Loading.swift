import AdvisorCore

/// Builds the advisor from the embedded intents and knowledge, or from the edited copies that
/// `--intents DIR` and `--knowledge DIR` name.
extension AdvisorCLI {
  /// The advisor the options ask for.
  /// - Throws: `CLIError.intents` or `.knowledge` for a malformed file (65) or an unreadable
  ///   folder (66).
  static func makeAdvisor(_ options: Arguments) throws(CLIError) -> Advisor {
    let library = try intents(in: options.intentsDirectory)
    let advisor: Advisor
    if let directory = options.knowledgeDirectory {
      // The embedded names are the standard knowledge base's: the lexicon is built from the copy.
      advisor = Advisor(knowledge: try knowledge(in: directory), intents: library)
    } else {
      advisor = Advisor(knowledge: .standard, intents: library, lexicon: .embedded())
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

  private static func intents(in directory: String?) throws(CLIError) -> IntentLibrary {
    guard let directory else { return .embedded() }
    do throws(IntentFileError) {
      let files: [(name: String, text: String)]
      do {
        files = try DataFolder.texts(in: directory, where: IntentLibrary.isIntentFile)
      } catch {
        throw IntentFileError(file: error.path, line: 0, problem: .unreadable(error.reason))
      }
      return try IntentLibrary(files: files.map { (DataFolder.join(directory, $0.name), $0.text) })
    } catch {
      throw .intents(error)
    }
  }

  /// The knowledge base in `directory`; its errors name files by their path from there.
  private static func knowledge(in directory: String) throws(CLIError) -> KnowledgeBase {
    let files: [(name: String, text: String)]
    do {
      files = try DataFolder.texts(in: directory, where: KnowledgeBase.isKnowledgeFile)
    } catch {
      throw .knowledge(KnowledgeError(file: error.path, line: 0, problem: .unreadable(error.reason)))
    }
    do {
      return try KnowledgeBase(files: files)
    } catch {
      let file = DataFolder.join(directory, error.file)
      throw .knowledge(KnowledgeError(file: file, line: error.line, problem: error.problem))
    }
  }
}
