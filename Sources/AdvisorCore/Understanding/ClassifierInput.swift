/// A question as the classifier sees it: its words' stems, with each entity's name replaced by
/// one placeholder (`<role>`, `<degree>`, …), and the entities and references it holds.
///
/// Placeholders let phrases speak about entities ("can <role> become" asks what comes
/// next; "become <role>" asks how to get there) and keep the words of a name from
/// counting as keywords: "supply chain analyst" is a `<role>`, not "supply chain".
public struct ClassifierInput: Sendable {
  public let tokens: [String]
  public let entities: Entities
  public let hasReference: Bool
  /// Whether the text had a question mark.
  public let isQuestion: Bool
  /// Whether the text names an amount of money.
  public let hasAmount: Bool
}
