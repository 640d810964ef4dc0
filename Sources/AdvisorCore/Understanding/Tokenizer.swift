/// Splits normalized text into words on word boundaries.
///
/// A word is a run of letters and digits, with an inner `&` or `'` kept ("r&d",
/// "bachelor's"). Contractions of the cue files are expanded ("i'm" → "i am") and
/// possessive endings dropped ("master's" → "master"), so keywords match whole words only:
/// "ghost" is one token and never matches "host".
public struct Tokenizer: Sendable {
  /// Contractions and their words (`Intents/contractions.cues`).
  private let contractions: [String: [String]]
  /// The longest contraction in bytes: longer words skip the lookup.
  private let longest: Int
  /// A bit for each contraction's length, first and last letter (`mark(of:)`): a word of
  /// letters without its bit is no contraction and skips the lookup, whose hashing costs more
  /// than the rest of the split.
  private let marks: [UInt32]

  /// A tokenizer that expands `contractions`; names and sources need none.
  init(contractions: [String: [String]] = [:]) {
    self.contractions = contractions
    let longest = contractions.keys.map(\.utf8.count).max() ?? 0
    var marks = [UInt32](repeating: 0, count: contractions.isEmpty ? 0 : (longest + 1) * 26)
    for var key in contractions.keys {
      if let mark = key.withUTF8(Self.mark) { marks[mark.index] |= mark.bit }
    }
    self.longest = longest
    self.marks = marks
  }

  /// Where the bit of a word of these bytes is in `marks`: by its length and first letter, then
  /// its last letter; nil unless both are `a` to `z`.
  private static func mark(of word: UnsafeBufferPointer<UInt8>) -> (index: Int, bit: UInt32)? {
    guard let first = word.first, let last = word.last, (97...122).contains(first), (97...122).contains(last)
    else { return nil }
    return (word.count * 26 + Int(first - 97), 1 << UInt32(last - 97))
  }

  /// Whether a word of these bytes, no longer than the longest contraction, may be one.
  private func mayBeContraction(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let mark = Self.mark(of: word) else { return true }
    return marks[mark.index] & mark.bit != 0
  }

  /// The words of `text` without expanding contractions, as names are read.
  public static func words(in text: String) -> [String] {
    Tokenizer().words(in: text)
  }

  /// Returns the words of `text`, which should already be normalized.
  public func words(in text: String) -> [String] {
    var words = Split(keyed: false)
    split(text, into: &words)
    return words.words
  }

  /// The words of `text`, which should already be normalized, with their keys
  /// (`PhraseIndex.key(of:)`): each made from the word's bytes as it is split off, where the
  /// steps that look words up made each several times from its string.
  func keyedWords(in text: String) -> (words: [String], keys: [UInt64]) {
    var words = Split(keyed: true)
    split(text, into: &words)
    return (words.words, words.keys)
  }

  /// Splits `text` into `words`.
  private func split(_ text: String, into words: inout Split) {
    if !asciiWords(in: text, into: &words) { unicodeWords(in: text, into: &words) }
  }

  /// Words as they are split off, and their keys when asked for.
  private struct Split {
    var words: [String] = []
    /// The words' keys, in step with `words`; always empty when not asked for.
    var keys: [UInt64] = []
    let isKeyed: Bool

    init(keyed: Bool) {
      isKeyed = keyed
    }

    /// Room for `count` words, made once.
    mutating func reserve(_ count: Int) {
      words.reserveCapacity(count)
      if isKeyed { keys.reserveCapacity(count) }
    }

    /// Adds the word of these bytes.
    ///
    /// Inlined by force, as `addPlain` is: called for most words, a call cost a third of it.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
      words.append(String(utf8Bytes: bytes))
      if isKeyed { keys.append(SortedWords.key(ofBytes: bytes) ?? PhraseIndex<Cue>.anyWord) }
    }

    /// Adds a word made otherwise: a contraction's expansion, a word without its apostrophes.
    mutating func append(_ word: String) {
      words.append(word)
      if isKeyed { keys.append(PhraseIndex<Cue>.key(of: word)) }
    }
  }

  /// The words of any text, scalar by scalar.
  ///
  /// Works on Unicode scalars rather than characters: it runs for every name at start-up, and
  /// scalars are several times faster to walk. A word's bytes are read where the text has them.
  func unicodeWords(in text: String) -> [String] {
    var words = Split(keyed: false)
    unicodeWords(in: text, into: &words)
    return words.words
  }

  /// `unicodeWords(in:)` into `words`.
  private func unicodeWords(in text: String, into words: inout Split) {
    text.withBytes { bytes in
      var start: Int? = nil
      var end = 0
      for scalar in text.unicodeScalars {
        if Self.isWordScalar(scalar) || start != nil && (scalar == "'" || scalar == "&") {
          start = start ?? end
        } else if let wordStart = start {
          add(UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), to: &words)
          start = nil
        }
        end += UTF8.width(scalar)
      }
      if let wordStart = start { add(UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), to: &words) }
    }
  }

  /// The same split for plain ASCII text, or nil for text that is not.
  ///
  /// On the text's bytes read in place: the common case, and several times faster than walking
  /// scalars.
  func asciiWords(in text: String) -> [String]? {
    var words = Split(keyed: false)
    return asciiWords(in: text, into: &words) ? words.words : nil
  }

  /// `asciiWords(in:)` into `words`; false, with nothing split, for text that is not ASCII.
  private func asciiWords(in text: String, into words: inout Split) -> Bool {
    text.withBytes { bytes in
      guard bytes.isASCII else { return false }
      // A word takes two bytes at least, with the space after it: the array never grows.
      words.reserve(bytes.count / 2 + 1)
      var index = 0
      while index < bytes.count {
        guard Self.isWordByte(bytes[index]) else {
          index += 1
          continue
        }
        let start = index
        var hasMarks = false
        while index < bytes.count {
          if Self.isWordByte(bytes[index]) {
            index += 1
          } else if bytes[index] == 39 || bytes[index] == 38 {
            hasMarks = true
            index += 1
          } else {
            break
          }
        }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
        if hasMarks { add(word, to: &words) } else { addPlain(word, to: &words) }
      }
      return true
    }
  }

  /// Adds the word of these bytes to `words`, without the apostrophes and ampersands it ends
  /// in: its words if it is a contraction, else without a possessive "'s" and without
  /// apostrophes.
  ///
  /// On the bytes, so that only the word added is made a string: the apostrophes and the
  /// ampersand are ASCII, and no byte of another character is one of theirs.
  private func add(_ bytes: UnsafeBufferPointer<UInt8>, to words: inout Split) {
    var end = bytes.count
    while end > 0, bytes[end - 1] == 39 || bytes[end - 1] == 38 { end -= 1 }
    let word = UnsafeBufferPointer(rebasing: bytes[..<end])
    if word.isEmpty { return }
    if let expansion = expansion(of: word) {
      for word in expansion { words.append(word) }
    } else if word.count >= 2, word[end - 2] == 39, word[end - 1] == UInt8(ascii: "s") {
      // What is left is a word of its own: "credential''s" is "credential", not "credential'".
      add(UnsafeBufferPointer(rebasing: word.dropLast(2)), to: &words)
    } else if word.contains(39) {
      words.append(String(decoding: word.lazy.filter { $0 != 39 }, as: UTF8.self))
    } else {
      words.append(word)
    }
  }

  /// Adds a word of letters and digits alone, as `add` would, without looking for the marks
  /// it has none of: most words of a question, each spared a search of its bytes.
  @inline(__always)
  private func addPlain(_ word: UnsafeBufferPointer<UInt8>, to words: inout Split) {
    if let expansion = expansion(of: word) {
      for word in expansion { words.append(word) }
    } else {
      words.append(word)
    }
  }

  /// The words of the contraction of these bytes, if they are one.
  private func expansion(of word: UnsafeBufferPointer<UInt8>) -> [String]? {
    guard word.count <= longest, mayBeContraction(word) else { return nil }
    return contractions[String(decoding: word, as: UTF8.self)]
  }

  /// Whether an ASCII byte is a letter or a digit.
  ///
  /// One bit test, read from the bits of the digits (48 to 57) or of the letters (65 to 90 and
  /// 97 to 122, less 64): every byte of a question is asked, and two range checks cost more.
  private static func isWordByte(_ byte: UInt8) -> Bool {
    let bits: UInt64 = byte < 64 ? 0x03FF_0000_0000_0000 : byte < 128 ? 0x07FF_FFFE_07FF_FFFE : 0
    return bits >> (byte & 63) & 1 != 0
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (value >= 97 && value <= 122) || (value >= 48 && value <= 57) || (value >= 65 && value <= 90)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
