/// Everything understanding makes of one question, before the conversation adds context.
public struct Analysis: Sendable {
  /// The question's words after spelling correction.
  public let words: [String]
  /// Words that were corrected, as (typed, understood).
  public let corrections: [(typed: String, understood: String)]
  /// The question as typed.
  public let question: String
  /// Where the words are that no word list, name or intent file knows and that no correction
  /// was found for: a credential or a name the sources do not cover ("pgmp"), or slang.
  public let unknownWords: [Int]
  public let entities: Entities
  /// References to a role under discussion ("they", "that role"), in order.
  public let references: [RoleReference]
  /// Every entity and reference with the words it covers, in order.
  public let mentions: [(mention: Mention, range: Range<Int>)]
  /// The word cues found, read once so later layers need not read the words again.
  public let cues: Cues
  /// The question as the classifier saw it.
  public let input: ClassifierInput
  public internal(set) var classification: Classification
  /// The sentence of a message of background that was classified on its own, as what the
  /// message asks (`QuestionAnalyzer.analyzeMessage`).
  public internal(set) var askedQuestion: String? = nil
  /// What followed the greeting a message opened with, when it was classified without it.
  ///
  /// Not an ask of itself: "Hiya. Chartered engineer, 12 years." still states.
  public internal(set) var afterGreeting: String? = nil
  /// True when the question was longer than the advisor reads, and its middle was cut.
  public let wasTruncated: Bool
  /// True when the question is not in English: a third or more of its letters are of another
  /// script than Latin, or a quarter or more of its words, two at least, are common words of
  /// another language (`other language` cues).
  public let isInAnotherLanguage: Bool
}
