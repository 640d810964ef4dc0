/// One question of a `:quiz`, generated from a fact of the knowledge base, with how to
/// tell a right answer and the sourced answer shown after it.
struct QuizQuestion: Sendable, Equatable {
  /// What the question is about; `:quiz pay` asks only about pay.
  enum Topic: String, CaseIterable, Sendable {
    case reporting, steps, certifications, pay
  }

  /// What a right answer names.
  enum Expected: Sendable, Equatable {
    /// Entities of one kind, as the analyzer finds them: a right answer names at least
    /// one of `ids` (or of `titles`, names outside the knowledge base such as "CEO") and
    /// no other entity of that kind.
    case entities(EntityKind, ids: [String], titles: [String] = [])
    /// An amount: a right answer gives a number within 1% of it ("$167,740", "168k").
    case figure(Double)
  }

  let topic: Topic
  /// The question as asked.
  let text: String
  let expected: Expected
  /// The fact that answers it, with its source, shown after the user's answer.
  let answer: String

  /// Whether `reply`, as the analyzer understood it, answers the question.
  func isAnswered(by reply: String, analysis: Analysis) -> Bool {
    switch expected {
    case .entities(let kind, let ids, let titles):
      let named = analysis.entities.ids(of: kind)
      let namesTitle = titles.contains { Self.words(analysis.words, contain: $0) }
      return (!named.isEmpty || namesTitle) && named.allSatisfy(ids.contains)
    case .figure(let amount):
      return Self.amounts(in: reply).contains { abs($0 - amount) <= amount * 0.01 }
    }
  }

  /// Whether the title's words appear together, in order, among `words`.
  private static func words(_ words: [String], contain title: String) -> Bool {
    let wanted = title.lowercased().split(separator: " ").map(String.init)
    guard !wanted.isEmpty, words.count >= wanted.count else { return false }
    return (0...(words.count - wanted.count)).contains { Array(words[$0..<($0 + wanted.count)]) == wanted }
  }

  /// The numbers in a text, as amounts: "$167,740" is 167740, "168k" is 168000, "1.5k"
  /// is 1500.
  static func amounts(in text: String) -> [Double] {
    var amounts: [Double] = []
    var digits = ""
    func finish(thousands: Bool) {
      if let value = Double(digits) { amounts.append(thousands ? value * 1000 : value) }
      digits = ""
    }
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if character.isASCII, character.isNumber {
        digits.append(character)
      } else if !digits.isEmpty, character == "," || character == ".",
        let next = characters.first, next.isASCII, next.isNumber
      {
        if character == "." { digits.append(".") }
      } else if !digits.isEmpty {
        finish(thousands: character == "k" || character == "K")
      }
    }
    finish(thousands: false)
    return amounts
  }
}
