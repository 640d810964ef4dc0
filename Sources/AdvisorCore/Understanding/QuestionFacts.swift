/// What a question holds besides its words, as the intent files' terms without stems test it
/// (`<role>`, `<roles>`, `<reference>`, `<question>`, `<amount>`): read once a question, as one
/// bit a fact, so that finding the terms it matches reads no term.
///
/// A sequence of its facts' numbers, lowest first: a question has two or three, and only
/// those are looked up.
struct QuestionFacts: Sequence, IteratorProtocol {
  /// Bit `n` is set when the question has fact `n`.
  private var bits: UInt16

  /// The facts of a question naming `entities`, read once as its `ClassifierInput` is made.
  init(entities: borrowing Entities, hasReference: Bool, isQuestion: Bool, hasAmount: Bool) {
    var bits: UInt16 = 0
    for kind in Self.kinds where entities.contains(kind) { bits |= 1 << Self.number(of: kind) }
    if entities.roles.count >= 2 { bits |= 1 << Self.severalRoles }
    if hasReference { bits |= 1 << Self.reference }
    if isQuestion { bits |= 1 << Self.question }
    if hasAmount { bits |= 1 << Self.amount }
    self.bits = bits
  }

  /// Whether the question names two roles or more (`<roles>`).
  var namesSeveralRoles: Bool { has(Self.severalRoles) }
  /// Whether the question points back at a role (`<reference>`).
  var hasReference: Bool { has(Self.reference) }
  /// Whether the text had a question mark (`<question>`).
  var isQuestion: Bool { has(Self.question) }
  /// Whether the text names an amount of money (`<amount>`).
  var hasAmount: Bool { has(Self.amount) }

  private func has(_ fact: Int) -> Bool {
    bits & 1 << fact != 0
  }

  /// The lowest fact left, taken out.
  mutating func next() -> Int? {
    guard bits != 0 else { return nil }
    let fact = bits.trailingZeroBitCount
    bits &= bits - 1
    return fact
  }

  /// The fact a term without stems tests (a kind of thing or a cue); nil for a term of words,
  /// which no fact matches, even one of articles only.
  static func fact(of term: IntentTerm) -> Int? {
    switch term {
    case .words: nil
    case .entity(let kind): number(of: kind)
    case .severalRoles: severalRoles
    case .reference: reference
    case .question: question
    case .amount: amount
    }
  }

  /// Every kind of thing, made once: `allCases` makes an array each time it is asked.
  private static let kinds = EntityKind.allCases
  private static let severalRoles = EntityKind.allCases.count
  private static let reference = severalRoles + 1
  private static let question = severalRoles + 2
  private static let amount = severalRoles + 3

  /// The fact of naming a thing of `kind`.
  private static func number(of kind: EntityKind) -> Int {
    switch kind {
    case .roles: 0
    case .certifications: 1
    case .degrees: 2
    case .disciplines: 3
    case .industries: 4
    case .specializations: 5
    }
  }
}
