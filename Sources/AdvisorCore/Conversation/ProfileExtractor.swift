/// Reads explicit statements about the user out of an analyzed question.
///
/// Only first-person statements count ("I'm a civil engineer", "I have a PMP", "I want
/// to become a director"): "how much does a director make?" says nothing about the
/// user, and "I don't have a PMP" does not give them one.
enum ProfileExtractor {
  /// The profile slots the question states; empty when it states none.
  static func profile(from analysis: Analysis) -> Profile {
    let words = analysis.words
    guard hasStatementCue(words) else { return Profile() }
    var update = Profile()
    update.years = years(in: words)
    for (mention, range) in analysis.mentions {
      guard case .entity(let entity) = mention else { continue }
      if case .role(let role) = entity, isTarget(before: range.lowerBound, in: words) {
        update.targetRole = role
        continue
      }
      if isNegatedOrWished(before: range.lowerBound, in: words) { continue }
      switch entity {
      case .role(let role): update.role = update.role ?? role
      case .discipline(let discipline): update.discipline = update.discipline ?? discipline
      case .industry(let industry): update.industry = update.industry ?? industry
      case .degree(let degree): update.degrees.append(degree)
      case .certification(let certification): update.certifications.append(certification)
      case .specialization: break
      }
    }
    return update
  }

  /// Whether the words hold a first-person statement such as "i am" or "i work".
  static func hasStatementCue(_ words: [String]) -> Bool {
    if words.contains(where: { ["currently", "recently", "here"].contains($0) }) { return true }
    for index in words.indices.dropLast() where words[index] == "i" || words[index] == "my" {
      let next = words[index + 1]
      if words[index] == "my", ["background", "degree", "goal"].contains(next) { return true }
      // "my role is project engineer" states it; "how is my role different?" does not.
      if words[index] == "my", ["role", "job", "title"].contains(next), index + 2 < words.count,
        words[index + 2] == "is"
      {
        return true
      }
      if [
        "am", "work", "have", "hold", "studied", "graduated", "got", "want", "plan", "hope",
        "currently", "earned", "finished", "completed", "worked", "recently", "just", "already",
      ]
      .contains(next) {
        return true
      }
    }
    return false
  }

  /// "4 years", "four years", "2 yrs".
  static func years(in words: [String]) -> Int? {
    for index in words.indices.dropFirst()
    where ["year", "years", "yr", "yrs"].contains(words[index]) {
      if let number = number(words[index - 1]) { return number }
      if index >= 2, words[index - 1] == "of" || words[index - 1] == "plus",
        let number = number(words[index - 2])
      {
        return number
      }
    }
    return nil
  }

  private static func number(_ word: String) -> Int? {
    if let value = Int(word), (0...60).contains(value) { return value }
    return numberWords.firstIndex(of: word)
  }

  private static let numberWords = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty",
  ]

  /// Whether a word just before `position` makes the entity a goal ("become a director").
  private static func isTarget(before position: Int, in words: [String]) -> Bool {
    window(before: position, in: words).contains {
      ["become", "be", "into", "towards", "toward", "reach", "goal", "target", "aspire"]
        .contains($0)
    }
  }

  /// Whether a word just before `position` denies or only wishes for the entity.
  private static func isNegatedOrWished(before position: Int, in words: [String]) -> Bool {
    window(before: position, in: words).contains {
      [
        "not", "no", "never", "without", "want", "considering", "thinking", "should", "might",
        "whether", "if", "plan", "hope", "than",
      ].contains($0)
    }
  }

  private static func window(before position: Int, in words: [String]) -> ArraySlice<String> {
    words[max(0, position - 4)..<position]
  }
}
