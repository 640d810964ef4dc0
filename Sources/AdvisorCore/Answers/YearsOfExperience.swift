/// The span of years a source gives for reaching a role ("between five and eight
/// years", "5 years or more", "5–10 years"), read from its own words so that advice can
/// compare it with the user's years without restating the figure.
struct YearsOfExperience: Equatable {
  let low: Int
  /// nil when the source gives only a minimum ("5 years or more").
  let high: Int?

  init(low: Int, high: Int?) {
    self.low = low
    self.high = high
  }

  /// The first span of years in `text`, or nil when it names none; number words and year
  /// units are those of `cues`.
  init?(_ text: String, cues: CueBook) {
    let words = Tokenizer.words(in: TextNormalizer.normalize(text.replacingDashes))
    guard let yearIndex = cues.cues(in: words).position(of: .yearUnit) else { return nil }
    let numbers = words[..<yearIndex].enumerated().compactMap { offset, word in
      cues.number(word).map { (offset, $0) }
    }
    guard let first = numbers.first else { return nil }
    low = first.1
    if numbers.count >= 2, numbers[1].0 - first.0 <= 2 {
      high = numbers[1].1
    } else {
      high = nil
    }
  }

  /// Where `years` falls against the span: -1 short of it, 0 within, 1 past it.
  func compare(_ years: Int) -> Int {
    if years < low { return -1 }
    if let high, years > high { return 1 }
    return 0
  }
}

extension String {
  /// En and em dashes as spaces, so "5–10" reads as two numbers.
  fileprivate var replacingDashes: String {
    String(map { $0 == "–" || $0 == "—" || $0 == "-" ? " " : $0 })
  }
}
