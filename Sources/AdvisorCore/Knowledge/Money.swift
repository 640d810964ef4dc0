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

  /// The sum a question names ("150k", or "150,000" for the words "150" "000"), if any.
  ///
  /// Numbers under 1,000 without a "k" are years or counts, not pay, and a sum too large to
  /// hold ("9999999999999999k") is no sum.
  static func inQuestion(_ words: [String]) -> Money? {
    for (index, word) in words.enumerated() {
      if word.hasSuffix("k"), let thousands = Int(word.dropLast()) {
        return thousands.inThousands.map { Money(dollars: $0) }
      }
      guard let value = Int(word) else { continue }
      if index + 1 < words.count, words[index + 1] == "000" {
        return value.inThousands.map { Money(dollars: $0) }
      }
      if value >= 1000, word.count > 4 { return Money(dollars: value) }
    }
    return nil
  }

  /// The sum as the sources write one: "$165,000" for "165k".
  var written: String {
    var digits = String(dollars)
    var groups: [Substring] = []
    while digits.count > 3 {
      groups.insert(Substring(digits.suffix(3)), at: 0)
      digits.removeLast(3)
    }
    return "$" + ([Substring(digits)] + groups).joined(separator: ",")
  }
}

extension Int {
  /// So many thousands, or nil when that is more than an `Int` holds.
  fileprivate var inThousands: Int? {
    let (product, overflow) = multipliedReportingOverflow(by: 1000)
    return overflow ? nil : product
  }
}
