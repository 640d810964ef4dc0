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
  /// - Throws: `IntentFileError` naming the file and line of the first problem.
  public static func parse(_ text: String, file: String) throws(IntentFileError) -> IntentDefinition {
    var builder = Builder()
    let lines = text.utf8.split(separator: 10, omittingEmptySubsequences: false)
    for (offset, rawLine) in lines.enumerated() {
      let line = String(decoding: rawLine, as: UTF8.self).trimmed()
      if line.isEmpty || line.hasPrefix("#") { continue }
      do {
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

    mutating func apply(_ line: String) throws(IntentFileError.Problem) {
      let bytes = line.utf8
      guard let colon = bytes.firstIndex(of: 58) else { throw .missingColon }
      let head = bytes[..<colon].split(separator: 32).map { String(decoding: $0, as: UTF8.self) }
      let value = String(decoding: bytes[bytes.index(after: colon)...], as: UTF8.self).trimmed()
      switch head.first ?? "" {
      case "intent":
        guard let id = IntentID(rawValue: value) else { throw .unknownIntent(value) }
        intent = id
      case "summary": summary = value
      case "example": examples.append(value)
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
  }

  /// Splits a comma-separated list into terms.
  static func terms(_ list: String, directive: String) throws(IntentFileError.Problem)
    -> [IntentTerm]
  {
    var terms: [IntentTerm] = []
    for item in list.utf8.split(separator: 44) {
      let text = String(decoding: item, as: UTF8.self).trimmed()
      if text.hasPrefix("<"), text.hasSuffix(">"), !text.contains(" ") {
        terms.append(try entityTerm(String(text.dropFirst().dropLast())))
      } else {
        let words = try phraseWords(text)
        if !words.isEmpty { terms.append(.words(words)) }
      }
    }
    guard !terms.isEmpty else { throw .emptyList(directive) }
    return terms
  }

  /// The words of a phrase; `<kind>` placeholders stand for an entity's name.
  private static func phraseWords(_ text: String) throws(IntentFileError.Problem) -> [String] {
    var words: [String] = []
    for piece in text.lowercased().split(separator: " ") {
      if piece.hasPrefix("<"), piece.hasSuffix(">") {
        let kind = String(piece.dropFirst().dropLast())
        guard EntityKind.allCases.contains(where: { $0.singular == kind }) else {
          throw .unknownEntityKind(kind)
        }
        words.append(String(piece))
      } else {
        words += Tokenizer.words(in: String(piece))
      }
    }
    return words
  }

  private static func entityTerm(_ name: String) throws(IntentFileError.Problem) -> IntentTerm {
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
