/// Citing sources and naming things, shared by every composer.
extension AnswerComposer {
  /// "(the article)": a source as it is cited inline.
  func cite(_ source: SourceID) -> String {
    "(" + (knowledge.source(source)?.citation ?? source.rawValue) + ")"
  }

  /// A sourced statement followed by its citation.
  func cited(_ fact: Sourced<String>) -> String {
    sentence(fact.value) + " " + cite(fact.source)
  }

  /// "$121,560 average salary in 2025 (Payscale, cited by the article)".
  func figure(_ figure: Figure) -> String {
    var text = "\(figure.amount) \(figure.measure) in \(figure.year)"
    if let scope = figure.scope { text += ", for \(scope)" }
    return text + " " + cite(figure.source)
  }

  /// A role's name inside a sentence: "engineering manager", but "CTO", "VP of engineering".
  func name(_ role: RoleID) -> String {
    guard let title = knowledge.role(role)?.title else { return role.rawValue }
    return lowercasingFirstWord(title)
  }

  /// A role's name with its article: "an engineering manager", "a CTO".
  func withArticle(_ role: RoleID) -> String {
    let text = name(role)
    let vowelSound = text.first.map { "aeioAEIO".contains($0) } ?? false
    return (vowelSound || text.hasPrefix("R&D") ? "an " : "a ") + text
  }

  /// Names joined as a list: "a, b or c".
  func list(_ items: [String], conjunction: String = "or") -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + (items.last ?? "")
    }
  }

  /// Lowercases the first word unless it is an acronym ("CTO", "R&D", "VP").
  func lowercasingFirstWord(_ text: String) -> String {
    let firstWord = text.prefix { $0 != " " }
    if firstWord.filter(\.isUppercase).count > 1 || firstWord.contains("&") { return text }
    return text.prefix(1).lowercased() + text.dropFirst()
  }

  /// The text ending with a full stop.
  func sentence(_ text: String) -> String {
    guard let last = text.last else { return text }
    return ".!?".contains(last) ? text : text + "."
  }

  /// Says plainly that the sources are silent on a question ("whom X reports to").
  func notInSources(_ what: String) -> String {
    "The sources I have do not say \(what)."
  }

  /// Says plainly that the sources lack a thing ("separate outlook for X").
  func noSourceGives(_ thing: String) -> String {
    "The sources I have give no \(thing)."
  }
}
