/// A question as the classifier sees it: its words' stems, with each entity's name replaced by
/// one placeholder (`<role>`, `<degree>`, …), and the kinds of entity and the references it holds.
///
/// Placeholders let phrases speak about entities ("can <role> become" asks what comes
/// next; "become <role>" asks how to get there) and keep the words of a name from
/// counting as keywords: "supply chain analyst" is a `<role>`, not "supply chain".
public struct ClassifierInput: Sendable {
  public let tokens: [String]
  /// What the question holds besides its words: the kinds of thing it names, and whether
  /// several roles, a reference, a question mark or an amount.
  ///
  /// Bits rather than the entities, which the classifier reads no further: the input is
  /// copied into its classification, and the six lists of entities were six reference counts
  /// each time it was copied and freed, where the bits are none.
  let facts: QuestionFacts

  init(tokens: [String], entities: borrowing Entities, hasReference: Bool, isQuestion: Bool, hasAmount: Bool)
  {
    self.tokens = tokens
    self.facts = QuestionFacts(
      entities: entities, hasReference: hasReference, isQuestion: isQuestion, hasAmount: hasAmount)
  }

  public var hasReference: Bool { facts.hasReference }
  /// Whether the text had a question mark.
  public var isQuestion: Bool { facts.isQuestion }
  /// Whether the text names an amount of money.
  public var hasAmount: Bool { facts.hasAmount }
}
