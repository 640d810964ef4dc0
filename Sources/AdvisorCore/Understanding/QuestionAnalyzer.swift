/// Everything understanding makes of one question, before the conversation adds context.
public struct Analysis: Sendable {
  /// The question's words after spelling correction.
  public let words: [String]
  /// Words that were corrected, as (typed, understood).
  public let corrections: [(typed: String, understood: String)]
  public let entities: Entities
  /// References to a role under discussion ("they", "that role"), in order.
  public let references: [RoleReference]
  /// Every entity and reference with the words it covers, in order.
  public let mentions: [(mention: Mention, range: Range<Int>)]
  public let classification: Classification
  /// True when the question was longer than the advisor reads, and was cut.
  public let wasTruncated: Bool
}

/// Turns a question into an `Analysis`: normalize, tokenize, correct spelling, find
/// entities, stem, classify.
///
/// Owns a Snowball stemmer, which is not thread-safe: use one analyzer per thread.
public struct QuestionAnalyzer {
  /// Words beyond this many are not read, so a pasted page costs no more than a question.
  public static let maximumWords = 120

  private let stemmer: Stemmer
  private let lexicon: EntityLexicon
  private let corrector: SpellingCorrector
  private let classifier: IntentClassifier

  public init(knowledge: KnowledgeBase, intents: IntentLibrary) {
    let stemmer = Stemmer()
    let lexicon = EntityLexicon(knowledge: knowledge)
    let domainWords = intents.termWords.union(lexicon.allWords)
    let vocabulary = domainWords.union(domainWords.map { $0 + "s" })
    self.stemmer = stemmer
    self.lexicon = lexicon
    self.corrector = SpellingCorrector(vocabulary: vocabulary, protected: intents.knownWords)
    self.classifier = IntentClassifier(definitions: intents.definitions, stemmer: stemmer)
  }

  /// Analyzes one question.
  public func analyze(_ question: String) -> Analysis {
    let allWords = Tokenizer.words(in: TextNormalizer.normalize(question))
    var words = Array(allWords.prefix(Self.maximumWords))
    var corrections: [(typed: String, understood: String)] = []
    for index in words.indices {
      if let correction = corrector.correction(for: words[index]) {
        corrections.append((words[index], correction))
        words[index] = correction
      }
    }
    var entities = Entities()
    var references: [RoleReference] = []
    var covered = [Bool](repeating: false, count: words.count)
    let mentions = lexicon.mentions(in: words)
    for (mention, range) in mentions {
      switch mention {
      case .entity(let entity):
        entities.add(entity)
        for index in range { covered[index] = true }
      case .reference(let reference):
        references.append(reference)
      }
    }
    let input = ClassifierInput(
      stems: words.map(stemmer.stem), covered: covered, entities: entities,
      hasReference: !references.isEmpty, isQuestion: question.contains("?"))
    return Analysis(
      words: words, corrections: corrections, entities: entities, references: references,
      mentions: mentions, classification: classifier.classify(input), wasTruncated: allWords.count > words.count)
  }
}
