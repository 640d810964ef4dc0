/// Intent files the tests add to a copy of `Intents/`, written once for the core's and the
/// command line's tests.
public enum SampleIntents {
  /// The new intent of issue 9's example: a class adds a topic with a file alone.
  public static let pets = """
    intent: pets
    summary: Pets at work.
    weight 5: dog, dogs, cat, cats, pet, pets
    example: can I bring my cat to work?
    example: are dogs allowed in engineering offices?
    example: pet policy at tech companies
    reply: Pets are outside what this advisor covers.
    """

  /// An intent whose own `requires:` line rules out its example, which then classifies as
  /// salary: the warning case.
  public static let petsWithAMisplacedExample =
    "intent: pets\nsummary: Pets.\nweight 5: dog\nrequires: dog\nexample: how much does an engineering manager make?\n"
}
