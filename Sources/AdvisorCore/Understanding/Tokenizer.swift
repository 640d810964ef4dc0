/// Splits normalized text into words on word boundaries.
///
/// A word is a run of letters and digits, with an inner `&` or `'` kept ("r&d",
/// "bachelor's"). Common contractions are expanded ("i'm" → "i am") and possessive
/// endings dropped ("master's" → "master"), so keywords match whole words only:
/// "ghost" is one token and never matches "host".
public enum Tokenizer {
  /// Returns the words of `text`, which should already be normalized.
  public static func words(in text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for character in text {
      if isWordCharacter(character) {
        current.append(character)
      } else if (character == "'" || character == "&"), !current.isEmpty {
        current.append(character)
      } else {
        flush(&current, into: &words)
      }
    }
    flush(&current, into: &words)
    return words
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }

  private static func flush(_ current: inout String, into words: inout [String]) {
    defer { current = "" }
    while let last = current.last, last == "'" || last == "&" { current.removeLast() }
    guard !current.isEmpty else { return }
    if let expansion = contractions[current] {
      words.append(contentsOf: expansion)
    } else if current.hasSuffix("'s") {
      words.append(String(current.dropLast(2)))
    } else {
      words.append(current.filter { $0 != "'" })
    }
  }

  /// Contractions whose expansion changes what a question means (negation, the first
  /// person that marks a statement about oneself).
  private static let contractions: [String: [String]] = [
    "i'm": ["i", "am"], "im": ["i", "am"], "i've": ["i", "have"], "ive": ["i", "have"],
    "i'd": ["i", "would"], "i'll": ["i", "will"], "what's": ["what", "is"],
    "whats": ["what", "is"], "who's": ["who", "is"], "where's": ["where", "is"],
    "how's": ["how", "is"], "that's": ["that", "is"], "it's": ["it", "is"],
    "there's": ["there", "is"], "don't": ["do", "not"], "dont": ["do", "not"],
    "doesn't": ["does", "not"], "isn't": ["is", "not"], "aren't": ["are", "not"],
    "can't": ["can", "not"], "cannot": ["can", "not"], "won't": ["will", "not"],
    "wasn't": ["was", "not"], "haven't": ["have", "not"], "didn't": ["did", "not"],
    "you're": ["you", "are"], "they're": ["they", "are"], "we're": ["we", "are"],
    "let's": ["let", "us"], "gonna": ["going", "to"], "wanna": ["want", "to"],
    "gotta": ["got", "to"],
  ]
}
