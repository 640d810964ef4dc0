/// Splits normalized text into words on word boundaries.
///
/// A word is a run of letters and digits, with an inner `&` or `'` kept ("r&d",
/// "bachelor's"). Common contractions are expanded ("i'm" → "i am") and possessive
/// endings dropped ("master's" → "master"), so keywords match whole words only:
/// "ghost" is one token and never matches "host".
public enum Tokenizer {
  /// Returns the words of `text`, which should already be normalized.
  ///
  /// Works on Unicode scalars rather than characters: it runs for every question and
  /// every name at start-up, and scalars are several times faster to walk.
  public static func words(in text: String) -> [String] {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(in: text) }
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isWordScalar(scalar) {
        current.append(scalar)
      } else if scalar == "'" || scalar == "&", !current.isEmpty {
        current.append(scalar)
      } else if !current.isEmpty {
        flush(String(current), into: &words)
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { flush(String(current), into: &words) }
    return words
  }

  /// The same split for plain ASCII text, on bytes: the common case, and several times faster
  /// than walking scalars.
  ///
  /// Only words with an apostrophe, or short enough to be a contraction, go through `flush`.
  private static func asciiWords(in text: String) -> [String] {
    var words: [String] = []
    var text = text
    text.withUTF8 { bytes in
      var start = -1
      for index in 0...bytes.count {
        let byte = index < bytes.count ? bytes[index] : 32
        let isWord = (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90)
        if isWord || (start >= 0 && (byte == 39 || byte == 38)) {
          if start < 0 { start = index }
          continue
        }
        guard start >= 0 else { continue }
        var end = index
        while end > start, bytes[end - 1] == 39 || bytes[end - 1] == 38 { end -= 1 }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if word.contains(39) || word.count <= 7 {
          flush(String(decoding: word, as: UTF8.self), into: &words)
        } else {
          words.append(String(decoding: word, as: UTF8.self))
        }
        start = -1
      }
    }
    return words
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (value >= 97 && value <= 122) || (value >= 48 && value <= 57) || (value >= 65 && value <= 90)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  private static func flush(_ word: String, into words: inout [String]) {
    var word = word
    while let last = word.unicodeScalars.last, last == "'" || last == "&" {
      word.unicodeScalars.removeLast()
    }
    guard !word.isEmpty else { return }
    if word.utf8.count <= 7, let expansion = contractions[word] {
      words.append(contentsOf: expansion)
    } else if word.hasSuffix("'s") {
      // What is left is a word of its own: "credential''s" is "credential", not "credential'".
      flush(String(word.dropLast(2)), into: &words)
    } else if word.utf8.contains(39) {
      words.append(word.filter { $0 != "'" })
    } else {
      words.append(word)
    }
  }

  /// Contractions whose expansion changes what a question means (negation, the first person
  /// that marks a statement about oneself).
  ///
  /// None is longer than seven bytes, which lets most words skip the lookup.
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
