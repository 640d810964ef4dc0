/// Reads the intent files under `Intents/`.
///
/// Each line is `directive: value`, or blank, or a `#` comment:
///
///     intent: salary
///     summary: Pay and earnings of a role or of the field.
///     weight 3: salary, earn, compensation
///     weight 2: how much, pay
///     weight 0.5: <role>
///     requires: <role>, salary, pay
///     excludes: worth it
///     example: How much does an engineering manager make?
///
/// Terms are comma-separated: words and phrases, or entity kinds in angle brackets.
public enum IntentFileParser {
  /// Parses one file's text.
  ///
  /// Works on UTF-8 bytes throughout: every intent file is parsed at start-up, and
  /// byte slices are many times cheaper than `String` operations.
  /// - Throws: `IntentFileError` naming the file and line of the first problem.
  public static func parse(_ text: String, file: String) throws(IntentFileError) -> IntentDefinition {
    var builder = Builder()
    let bytes = Array(text.utf8)
    for (offset, rawLine) in bytes.split(separator: 10, omittingEmptySubsequences: false).enumerated() {
      let line = Bytes.trimmed(rawLine)
      if line.isEmpty || line.first == 35 { continue }  // blank, or a '#' comment
      do throws(IntentFileProblem) {
        if line.contains(where: { $0 < 32 && $0 != 9 }) || line.contains(127) || line.contains(0xC2),
          let control = ControlCharacters.first(in: Bytes.string(line))
        {
          throw IntentFileProblem.controlCharacter(control)
        }
        try builder.apply(line)
      } catch {
        throw IntentFileError(file: file, line: offset + 1, problem: error)
      }
    }
    guard let intent = builder.intent else {
      throw IntentFileError(file: file, line: 0, problem: .missingIntentLine)
    }
    return IntentDefinition(
      intent: intent, summary: builder.summary, weights: builder.weights,
      requires: builder.requires, excludes: builder.excludes, examples: builder.examples,
      related: builder.related, context: builder.context, forDegree: builder.forDegree,
      forCertification: builder.forCertification, forSpecialization: builder.forSpecialization,
      order: builder.order, replies: builder.replies,
      file: file)
  }

  /// Parses a set of files (name and text), checking that no intent is defined twice.
  public static func parse(files: [(name: String, text: String)]) throws(IntentFileError)
    -> [IntentDefinition]
  {
    guard !files.isEmpty else {
      throw IntentFileError(file: "Intents", line: 0, problem: .noIntentFiles)
    }
    var definitions: [IntentDefinition] = []
    for file in files {
      let definition = try parse(file.text, file: file.name)
      if definitions.contains(where: { $0.intent == definition.intent }) {
        throw IntentFileError(
          file: file.name, line: 0, problem: .duplicateIntent(definition.intent.rawValue))
      }
      definitions.append(definition)
    }
    let defined = Set(definitions.map(\.intent))
    for definition in definitions {
      let named =
        definition.related + definition.forDegree + definition.forCertification + definition.forSpecialization
      if let missing = named.first(where: { !defined.contains($0) }) {
        throw IntentFileError(file: definition.file, line: 0, problem: .unknownIntent(missing.rawValue))
      }
    }
    return definitions
  }

  /// Accumulates one file's directives.
  private struct Builder {
    var intent: IntentID?
    var summary = ""
    var weights: [(term: IntentTerm, weight: Double)] = []
    var requires: [IntentTerm] = []
    var excludes: [IntentTerm] = []
    var examples: [String] = []
    var related: [IntentID] = []
    var context: [ContextUse] = []
    var forDegree: [IntentID] = []
    var forCertification: [IntentID] = []
    var forSpecialization: [IntentID] = []
    var order: Int?
    var replies: [IntentDefinition.Reply] = []

    mutating func apply(_ line: ArraySlice<UInt8>) throws(IntentFileProblem) {
      guard let colon = line.firstIndex(of: 58) else { throw .missingColon }
      let head = line[..<colon].split(separator: 32).map(Bytes.string)
      let value = Bytes.trimmed(line[(colon + 1)...])
      switch head.first ?? "" {
      case "intent": intent = try Self.intent(Bytes.string(value))
      case "order":
        guard let number = Int(Bytes.string(value)) else { throw .badOrder(Bytes.string(value)) }
        order = number
      case "reply" where head.count == 1: replies.append(.init(text: Bytes.string(value), source: nil))
      case "reply":
        let source = head.dropFirst().joined(separator: " ")
        guard source.hasPrefix("["), source.hasSuffix("]") else {
          throw .unknownDirective(head.joined(separator: " "))
        }
        replies.append(
          .init(text: Bytes.string(value), source: SourceID(String(source.dropFirst().dropLast()))))
      case "summary": summary = Bytes.string(value)
      case "example": examples.append(Bytes.string(value))
      case "related": related += try intents(value)
      case "when" where head == ["when", "it", "is", "a", "degree"]: forDegree += try intents(value)
      case "when" where head == ["when", "it", "is", "a", "certification"]:
        forCertification += try intents(value)
      case "when" where head == ["when", "it", "is", "a", "specialization"]:
        forSpecialization += try intents(value)
      case "context":
        for item in value.split(separator: 44) {
          let name = Bytes.string(Bytes.trimmed(item))
          guard let use = ContextUse(rawValue: name) else { throw .unknownContextUse(name) }
          context.append(use)
        }
      case "weight":
        let text = head.dropFirst().joined(separator: " ")
        guard head.count == 2, let weight = Double(text), weight.isFinite else {
          throw .badWeight(text)
        }
        weights += try IntentFileParser.terms(value, directive: "weight").map { ($0, weight) }
      case "requires": requires += try IntentFileParser.terms(value, directive: "requires")
      case "excludes": excludes += try IntentFileParser.terms(value, directive: "excludes")
      default: throw .unknownDirective(head.first ?? "")
      }
    }

    /// A comma-separated list of intent ids.
    private func intents(_ value: ArraySlice<UInt8>) throws(IntentFileProblem) -> [IntentID] {
      var intents: [IntentID] = []
      for item in value.split(separator: 44) {
        intents.append(try Self.intent(Bytes.string(Bytes.trimmed(item))))
      }
      return intents
    }

    /// An intent id: lowercase letters, digits and `_`, as the contract writes them.
    private static func intent(_ id: String) throws(IntentFileProblem) -> IntentID {
      let valid =
        !id.isEmpty && id.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 95 }
      guard valid else { throw .badIntentID(id) }
      return IntentID(id)
    }
  }

  /// Splits a comma-separated list into terms.
  static func terms(_ list: ArraySlice<UInt8>, directive: String) throws(IntentFileProblem)
    -> [IntentTerm]
  {
    var terms: [IntentTerm] = []
    for item in list.split(separator: 44) {  // ','
      let text = Bytes.trimmed(item)
      if text.first == 60, text.last == 62, !text.contains(32) {  // "<kind>"
        terms.append(try entityTerm(Bytes.string(text.dropFirst().dropLast())))
      } else {
        let words = try phraseWords(text)
        if words.count == 1, let only = words.first, only.hasPrefix("<") {
          // A placeholder alone once the tokenizer drops what surrounds it ("- <role>"):
          // the entity, as "<role>" is, not a phrase that would score as topic words.
          terms.append(try entityTerm(String(only.dropFirst().dropLast())))
        } else if !words.isEmpty {
          terms.append(.words(words))
        }
      }
    }
    guard !terms.isEmpty else { throw .emptyList(directive) }
    return terms
  }

  /// The words of a phrase, lowercased; `<kind>` placeholders stand for an entity's name.
  private static func phraseWords(_ text: ArraySlice<UInt8>) throws(IntentFileProblem) -> [String] {
    var words: [String] = []
    for piece in text.split(separator: 32) {
      if piece.first == 60, piece.last == 62 {
        let kind = Bytes.string(piece.dropFirst().dropLast())
        guard EntityKind.allCases.contains(where: { $0.singular == kind }) else {
          throw .unknownEntityKind(kind)
        }
        words.append("<" + kind + ">")
      } else {
        words += Tokenizer.words(in: Bytes.string(piece).lowercased())
      }
    }
    return words
  }

  private static func entityTerm(_ name: String) throws(IntentFileProblem) -> IntentTerm {
    switch name {
    case "roles": return .severalRoles
    case "reference": return .reference
    case "question": return .question
    case "amount": return .amount
    default:
      guard let kind = EntityKind.allCases.first(where: { $0.singular == name }) else {
        throw .unknownEntityKind(name)
      }
      return .entity(kind)
    }
  }
}

/// Byte-slice helpers for the parser.
private enum Bytes {
  /// The slice without leading and trailing spaces, tabs and carriage returns.
  static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    let isBlank: (UInt8) -> Bool = { $0 == 32 || $0 == 9 || $0 == 13 }
    guard let first = bytes.firstIndex(where: { !isBlank($0) }),
      let last = bytes.lastIndex(where: { !isBlank($0) })
    else { return [] }
    return bytes[first...last]
  }

  static func string(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }
}
