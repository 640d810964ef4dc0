/// What a question holds besides its words, as the intent files' terms without stems test it
/// (`<role>`, `<roles>`, `<reference>`, `<question>`, `<amount>`): read once a question, as
/// plain values, so that testing a term copies nothing.
struct QuestionFacts {
  /// One bit for each kind of thing named, in `EntityKind` order.
  private let kinds: UInt8
  private let namesSeveralRoles: Bool
  private let hasReference: Bool
  private let isQuestion: Bool
  private let hasAmount: Bool

  init(_ input: ClassifierInput) {
    kinds = EntityKind.allCases.reduce(0) { kinds, kind in
      input.entities.contains(kind) ? kinds | Self.bit(kind) : kinds
    }
    namesSeveralRoles = input.entities.roles.count >= 2
    hasReference = input.hasReference
    isQuestion = input.isQuestion
    hasAmount = input.hasAmount
  }

  /// Whether the question matches a term without stems: one naming a kind of thing or a cue (a
  /// term of words without stems, articles only, matches nothing).
  func matches(_ term: IntentTerm) -> Bool {
    switch term {
    case .words: false
    case .entity(let kind): kinds & Self.bit(kind) != 0
    case .severalRoles: namesSeveralRoles
    case .reference: hasReference
    case .question: isQuestion
    case .amount: hasAmount
    }
  }

  /// The bit of `kind` in `kinds`.
  private static func bit(_ kind: EntityKind) -> UInt8 {
    switch kind {
    case .roles: 1
    case .certifications: 2
    case .degrees: 4
    case .disciplines: 8
    case .industries: 16
    case .specializations: 32
    }
  }
}
