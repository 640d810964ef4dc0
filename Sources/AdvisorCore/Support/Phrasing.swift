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
    var words = name(role).split(separator: " ").map(String.init)
    let head = (words.firstIndex(of: "of") ?? words.count) - 1
    guard words.indices.contains(head) else { return name(role) + "s" }
    words[head] += "s"
    return words.joined(separator: " ")
  }

  /// A role's name with its article: "an engineering manager", "a CTO".
  func withArticle(_ role: RoleID) -> String {
    Self.withArticle(name(role))
  }

  /// Several roles as one phrase: "the engineering manager and the VP of engineering".
  func names(_ roles: [RoleID]) -> String {
    roles.map { "the " + name($0) }.joined(separator: " and ")
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
    guard let first = text.first, first != " " else { return text }
    let isAcronym =
      startsWithASCIIAcronym(text)
      ?? {
        let firstWord = text.prefix { $0 != " " }
        return firstWord.filter(\.isUppercase).count > 1 || firstWord.contains("&")
      }()
    let vowelSound = (isAcronym ? "AEFHILMNORSX" : "aeioAEIO").utf8.contains { $0 == first.asciiValue }
    return String(concatenating: vowelSound ? "an " : "a ", text)
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
    let first = text.prefix(1)
    return String(replacing: first, in: text, with: first.lowercased())
  }

  /// Whether the first word is an acronym (two capitals or more, or an "&": "CTO", "R&D"),
  /// read from the bytes; nil unless the word, and the character after it, are ASCII.
  ///
  /// Names nearly always are, and a Unicode property costs a table search a letter: every
  /// name in every answer passes through here. For ASCII, the capitals are A to Z alone.
  private static func startsWithASCIIAcronym(_ text: String) -> Bool? {
    var capitals = 0
    var isAcronym = false
    var bytes = text.utf8.makeIterator()
    while let byte = bytes.next() {
      guard byte < 0x80 else { return nil }
      if byte == UInt8(ascii: " ") {
        // A mark after the space would join it into one character, and the word with it.
        guard (bytes.next() ?? 0) < 0x80 else { return nil }
        break
      }
      if byte == UInt8(ascii: "&") { isAcronym = true }
      if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { capitals += 1 }
    }
    return isAcronym || capitals > 1
  }

  /// The text with its first letter in capitals.
  ///
  static func capitalized(_ text: String) -> String {
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

  /// Whether the text's last character is ".", "!", "?" or ":"; nil when it has none.
  ///
  /// Read from the last byte when it and the one before are ASCII (the last character is then that
  /// byte alone, or a CR LF), since finding the last character walks back over its boundary: every
  /// sourced statement of every answer passes through here.
  private static func endsInAStop(_ text: String) -> Bool? {
    let bytes = text.utf8
    guard let last = bytes.last else { return nil }
    guard last < 0x80, bytes.dropLast().last ?? 0 < 0x80 else { return text.last.map { ".!?:".contains($0) } }
    switch last {
    case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"): return true
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
