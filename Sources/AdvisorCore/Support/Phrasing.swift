/// Names, articles and lists as answers and notes phrase them, in one place, so every layer
/// says "a VP of engineering", "an MBA" and "a, b or c" alike.
struct Phrasing {
  let knowledge: KnowledgeBase

  /// A role's name inside a sentence: "engineering manager", but "CTO", "VP of engineering".
  func name(_ role: RoleID) -> String {
    knowledge.name(of: role) ?? role.rawValue
  }

  /// A role's name in the plural: "engineering managers", "CTOs", "VPs of engineering".
  func plural(_ role: RoleID) -> String {
    Self.plural(ofName: name(role))
  }

  /// A name in the plural, as `plural(_:)` makes it of a role's.
  static func plural(ofName name: String) -> String {
    if let plural = asciiPlural(name) { return plural }
    var words = name.split(separator: " ").map(String.init)
    let head = (words.firstIndex(of: "of") ?? words.count) - 1
    guard words.indices.contains(head) else { return name + "s" }
    words[head] += "s"
    return words.joined(separator: " ")
  }

  /// `name` in the plural, as `plural(ofName:)` makes it, when it is ASCII words one space apart:
  /// an "s" after the word before the first "of", or at the end when no word is "of" or the first
  /// is; nil for any other name, which is split into words.
  private static func asciiPlural(_ name: String) -> String? {
    name.withBytes { bytes -> String? in
      let space = UInt8(ascii: " ")
      guard bytes.isASCII, let first = bytes.first, first != space, bytes.last != space else { return nil }
      var end = bytes.count
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == space {
        if index < bytes.count, bytes[index + 1] == space { return nil }
        let isOf =
          index - start == 2 && bytes[start] == UInt8(ascii: "o") && bytes[start + 1] == UInt8(ascii: "f")
        if isOf {
          if start > 0 { end = start - 1 }
          break
        }
        start = index + 1
      }
      return String(unsafeUninitializedCapacity: bytes.count + 1) { plural in
        guard let from = bytes.baseAddress, let to = plural.baseAddress else { return 0 }
        to.initialize(from: from, count: end)
        to[end] = UInt8(ascii: "s")
        (to + end + 1).initialize(from: from + end, count: bytes.count - end)
        return bytes.count + 1
      }
    }
  }

  /// A role's name with its article: "an engineering manager", "a CTO".
  func withArticle(_ role: RoleID) -> String {
    Self.withArticle(name(role))
  }

  /// Several roles as one phrase: "the engineering manager and the VP of engineering".
  func names(_ roles: [RoleID]) -> String {
    String(joining: roles.map { "the " + name($0) }, separator: " and ")
  }

  /// A degree as it reads in a sentence: "a bachelor's degree", but "a Master of Business
  /// Administration (MBA)": a name ending in its acronym is a proper name and keeps its capitals.
  func degree(_ id: DegreeID) -> String? {
    knowledge.degree(id).map { degree in
      Self.withArticle(degree.name.hasSuffix(")") ? degree.name : Self.lowercasingFirstWord(degree.name))
    }
  }

  /// A certification as it reads after "you hold": a name ending in a common noun takes an
  /// article ("a Professional Engineer (PE) license"), a proper name stands alone ("Lean Six
  /// Sigma", "Project Management Professional (PMP)").
  func certification(_ id: CertificationID) -> String? {
    guard let name = knowledge.certification(id)?.name else { return nil }
    let lastWord = name.split(separator: " ").last ?? ""
    return lastWord.allSatisfy(\.isLowercase) ? Self.withArticle(name) : name
  }

  /// The text with "a" or "an" before it, by how its first word sounds: "an engineer",
  /// "a university", "an MBA", "a CTO", "an R&D manager".
  ///
  /// The first word is read character by character only when it is not ASCII.
  static func withArticle(_ text: String) -> String {
    guard !text.isEmpty else { return text }
    let first = firstASCII(of: text)
    guard first != UInt8(ascii: " ") else { return text }
    let isAcronym =
      startsWithASCIIAcronym(text)
      ?? {
        let firstWord = text.prefix { $0 != " " }
        return firstWord.filter(\.isUppercase).count > 1 || firstWord.contains("&")
      }()
    let vowelSound = first.map { soundsLikeAVowel($0, inAcronym: isAcronym) } ?? false
    return String(concatenating: vowelSound ? "an " : "a ", text)
  }

  /// Whether a word whose first letter is `byte` takes "an": a vowel ("an engineer"), or in an
  /// acronym a letter whose name starts with one ("an MBA", "an R&D manager"); "u" never does.
  private static func soundsLikeAVowel(_ byte: UInt8, inAcronym isAcronym: Bool) -> Bool {
    switch byte {
    case UInt8(ascii: "A"), UInt8(ascii: "E"), UInt8(ascii: "I"), UInt8(ascii: "O"): true
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"): !isAcronym
    case UInt8(ascii: "F"), UInt8(ascii: "H"), UInt8(ascii: "L"), UInt8(ascii: "M"), UInt8(ascii: "N"),
      UInt8(ascii: "R"), UInt8(ascii: "S"), UInt8(ascii: "X"):
      isAcronym
    default: false
    }
  }

  /// The ASCII value of the first character of `text` (not empty); nil when it is not ASCII.
  ///
  /// Read from the first byte when the next one cannot join it into one character, rather than
  /// finding the character's end: nearly every name passes through here.
  private static func firstASCII(of text: String) -> UInt8? {
    text.withBytes(loneFirstByte) ?? text.first?.asciiValue
  }

  /// The first byte when it is a character alone: ASCII, not the CR of a CR LF, and followed by
  /// no byte that could join it (only a byte beyond ASCII can); nil otherwise, or for no byte.
  private static func loneFirstByte(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
    guard let first = bytes.first, first < 0x80, first != UInt8(ascii: "\r"),
      bytes.count == 1 || bytes[1] < 0x80
    else { return nil }
    return first
  }

  /// Items joined as a list: "a, b or c".
  ///
  /// Written into one string sized for it: joining a slice of the items is not specialized, and
  /// costs thousands of instructions a list.
  static func list(_ items: [String], conjunction: String = "or") -> String {
    guard let last = items.last, items.count > 1 else { return items.last ?? "" }
    return String(capacity: items.reduce(conjunction.utf8.count) { $0 + $1.utf8.count + 2 }) { text in
      for index in items.indices.dropLast() {
        if index > 0 { text.write(", ") }
        text.write(items[index])
      }
      text.write(" ")
      text.write(conjunction)
      text.write(" ")
      text.write(last)
    }
  }

  /// Lowercases the first word unless it is an acronym ("CTO", "R&D", "VP").
  ///
  /// Reads scalars, not characters: every role name in every answer passes through here.
  static func lowercasingFirstWord(_ text: String) -> String {
    if startsWithASCIIAcronym(text)
      ?? {
        let firstWord = text.unicodeScalars.prefix { $0 != " " }
        return firstWord.lazy.filter(\.properties.isUppercase).count > 1 || firstWord.contains("&")
      }()
    {
      return text
    }
    if let lowercased = changingFirstASCII(of: text, by: { $0 | 0x20 }) { return lowercased }
    let first = text.prefix(1)
    return String(replacing: first, in: text, with: first.lowercased())
  }

  /// Whether the first word is an acronym (two capitals or more, or an "&": "CTO", "R&D"),
  /// read from the bytes; nil unless the word, and the character after it, are ASCII.
  ///
  /// Names nearly always are, and a Unicode property costs a table search a letter: every
  /// name in every answer passes through here. For ASCII, the capitals are A to Z alone.
  private static func startsWithASCIIAcronym(_ text: String) -> Bool? {
    text.withBytes { bytes -> Bool? in
      var capitals = 0
      var isAcronym = false
      for index in bytes.indices {
        let byte = bytes[index]
        guard byte < 0x80 else { return nil }
        if byte == UInt8(ascii: " ") {
          // A mark after the space would join it into one character, and the word with it.
          guard index + 1 == bytes.count || bytes[index + 1] < 0x80 else { return nil }
          break
        }
        if byte == UInt8(ascii: "&") { isAcronym = true }
        if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { capitals += 1 }
      }
      return isAcronym || capitals > 1
    }
  }

  /// The text with its first letter in capitals.
  static func capitalized(_ text: String) -> String {
    if let capitalized = changingFirstASCII(of: text, by: { $0 & ~0x20 }) { return capitalized }
    let first = text.prefix(1)
    return String(replacing: first, in: text, with: first.uppercased())
  }

  /// The text ending with a full stop.
  static func sentence(_ text: String) -> String {
    endsInAStop(text) ?? true ? text : String(concatenating: text, ".")
  }

  /// What ends the text as a sentence: "." unless it ends in a stop already, as `sentence` does.
  static func stop(after text: String) -> String {
    endsInAStop(text) ?? true ? "" : "."
  }

  /// `text` with its first character, an ASCII letter alone, changed by `change` (which sets or
  /// clears its case bit); `text` itself when that character is ASCII but no letter; nil when it
  /// is not ASCII or not alone, and only characters can say what it becomes.
  ///
  /// Read from the bytes: the first character of nearly every line is written this way.
  private static func changingFirstASCII(of text: String, by change: (UInt8) -> UInt8) -> String? {
    text.withBytes { bytes -> String? in
      guard let first = loneFirstByte(bytes), let from = bytes.baseAddress else { return nil }
      let letter = first | 0x20
      guard letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "z") else { return text }
      return String(unsafeUninitializedCapacity: bytes.count) { changed in
        guard let to = changed.baseAddress else { return 0 }
        to.initialize(to: change(first))
        (to + 1).initialize(from: from + 1, count: bytes.count - 1)
        return bytes.count
      }
    }
  }

  /// Whether the text's last character is ".", "!", "?" or ":"; nil when it has none.
  ///
  /// Read from the last byte when it and the one before are ASCII (the last character is then that
  /// byte alone, or a CR LF), since finding the last character walks back over its boundary: every
  /// sourced statement of every answer passes through here.
  private static func endsInAStop(_ text: String) -> Bool? {
    // The last byte, -1 for no byte, nil when only characters can say.
    let last = text.withBytes { bytes -> Int? in
      guard let last = bytes.last else { return -1 }
      return last < 0x80 && (bytes.count == 1 || bytes[bytes.count - 2] < 0x80) ? Int(last) : nil
    }
    switch last {
    case nil: return text.last.map { ".!?:".contains($0) }
    case -1: return nil
    case Int(UInt8(ascii: ".")), Int(UInt8(ascii: "!")), Int(UInt8(ascii: "?")), Int(UInt8(ascii: ":")):
      return true
    default: return false
    }
  }
}

extension String {
  /// `text` with its first character, `first`, written as `replacement`: the rest is copied as
  /// bytes, where joining it as a substring would add it character by character.
  fileprivate init(replacing first: Substring, in text: String, with replacement: String) {
    self.init(capacity: replacement.utf8.count + text.utf8.count) { written in
      written.write(replacement)
      written.write(text[first.endIndex...])
    }
  }
}
