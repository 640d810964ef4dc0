/// A sum of money read from a figure as a source writes it ("$121,560", "around $30,000",
/// "$90,000 to $150,000+") or from a question ("150k", "150,000"), so an answer can
/// place one against another without restating either differently.
struct Money: Equatable, Comparable {
  /// Whole dollars.
  let dollars: Int

  static func < (lhs: Money, rhs: Money) -> Bool { lhs.dollars < rhs.dollars }

  /// The sums a figure's amount names, in order: one for "$121,560", two for a range.
  static func amounts(in figure: String) -> [Money] {
    var amounts: [Money] = []
    var digits = ""
    var reading = false
    for character in figure + " " {
      if character == "$" {
        reading = true
      } else if reading, character.isASCII, character.isNumber {
        digits.append(character)
      } else if reading, character == ",", !digits.isEmpty {
        continue
      } else if reading {
        if let value = Int(digits) { amounts.append(Money(dollars: value)) }
        digits = ""
        reading = false
      }
    }
    return amounts
  }

  /// The sum a question names, with the words that name it as typed: "150k", or "150,000"
  /// for the words "150" "000"; nil when it names none (numbers under 1,000 without a
  /// "k" are years or counts, not pay).
  static func inQuestion(_ words: [String]) -> (money: Money, typed: String)? {
    for (index, word) in words.enumerated() {
      if word.hasSuffix("k"), let thousands = Int(word.dropLast()) {
        return (Money(dollars: thousands * 1000), word)
      }
      guard let value = Int(word) else { continue }
      if index + 1 < words.count, words[index + 1] == "000" {
        return (Money(dollars: value * 1000), word + ",000")
      }
      if value >= 1000, word.count > 4 { return (Money(dollars: value), word) }
    }
    return nil
  }
}
