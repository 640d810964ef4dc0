import AdvisorCore

/// The Swift sources that compile `Intents/` and `Knowledge/` into the advisor.
///
/// The advisor must run from any folder with no data beside it (`Bundle.module` crashes once
/// the build folder is gone), and start-up must be quick, so the files are checked, parsed and
/// their words stemmed here, when the sources are generated, and compiled in (engineering
/// notes, section 4). The outputs are checked in; a test regenerates them and fails when they
/// are stale. Pure: files in, sources out; `generate-embedded` does the reading and writing.
public enum EmbeddedSources {
  /// Where the compiled intents (and the knowledge base's names) live, from the package root.
  public static let intentsPath = "Sources/AdvisorCore/Generated/EmbeddedIntents+Generated.swift"
  /// Where the knowledge files' texts live, from the package root.
  public static let knowledgePath = "Sources/AdvisorCore/Generated/EmbeddedKnowledge+Generated.swift"
  /// Where the learned weights live, from the package root.
  public static let learnedPath = "Sources/AdvisorCore/Generated/EmbeddedLearnedWeights+Generated.swift"
  /// Where the stems of the files' words live, from the package root.
  public static let stemsPath = "Sources/AdvisorCore/Generated/EmbeddedStems+Generated.swift"

  /// The generated sources, by path from the package root, for the files of `Intents/` and
  /// `Knowledge/`.
  ///
  /// Files that are not part of either (a README) are left out.
  /// - Parameters:
  ///   - intents: the files of `Intents/`, as (path relative to it, text).
  ///   - knowledge: the files of `Knowledge/`, as (path relative to it, text).
  ///   - learning: whether to learn the classifier's weights too (seconds in a release build),
  ///     the third source.
  /// - Returns: the sources, in a fixed order.
  /// - Throws: `GenerationError` for the first malformed file; nothing is generated then.
  public static func generate(
    intents: [(name: String, text: String)], knowledge: [(name: String, text: String)], learning: Bool = true
  ) throws(GenerationError) -> [(path: String, source: String)] {
    let intentFiles = intents.filter { IntentLibrary.isIntentFile($0.name) }.sorted { $0.name < $1.name }
    let knowledgeFiles = knowledge.filter { KnowledgeBase.isKnowledgeFile($0.name) }
      .sorted { $0.name < $1.name }
    let library: IntentLibrary
    let base: KnowledgeBase
    do {
      library = try IntentLibrary(files: intentFiles)
    } catch {
      throw .intents(error)
    }
    do {
      base = try KnowledgeBase(files: knowledgeFiles)
    } catch {
      throw .knowledge(error)
    }
    var sources = [
      (intentsPath, IntentsSource.source(library: library, wordLists: intentFiles, knowledge: base)),
      (knowledgePath, KnowledgeSource.source(base)),
      (stemsPath, StemsSource.source(of: intentFiles + knowledgeFiles)),
    ]
    if learning {
      let weights = IntentTrainer.train(
        library.corpus, analyzer: QuestionAnalyzer(knowledge: base, intents: library))
      let digest = IntentTrainer.digest(of: intentFiles + knowledgeFiles)
      sources.append((learnedPath, LearnedWeightsSource.source(weights, digest: digest)))
    }
    return sources
  }

  /// The digest of the files the learned weights come from, as their generated source
  /// records it.
  public static func learnedDigest(
    intents: [(name: String, text: String)], knowledge: [(name: String, text: String)]
  ) -> String {
    IntentTrainer.digest(
      of: intents.filter { IntentLibrary.isIntentFile($0.name) }
        + knowledge.filter { KnowledgeBase.isKnowledgeFile($0.name) })
  }

  /// The digest recorded in a generated learned-weights source.
  public static func recordedDigest(in source: String) -> String? {
    LearnedWeightsSource.recordedDigest(in: source)
  }
}
