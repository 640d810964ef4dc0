/// Citing sources and naming things, shared by every composer.
extension AnswerComposer {
  /// "(the article)": a source as it is cited inline.
  func cite(_ source: SourceID) -> String {
    "(" + (knowledge.source(source)?.citation ?? source.rawValue) + ")"
  }

  /// A sourced statement followed by its citation.
  func cited(_ fact: Sourced<String>) -> String {
    Phrasing.sentence(fact.value) + " " + cite(fact.source)
  }

  /// "$121,560 average salary in 2025 (Payscale, cited by the article)".
  func figure(_ figure: Figure) -> String {
    var text = "\(figure.amount) \(figure.measure) in \(figure.year)"
    if let scope = figure.scope { text += ", for \(scope)" }
    return text + " " + cite(figure.source)
  }

  /// Names, articles and lists, phrased as everywhere else.
  var phrasing: Phrasing { Phrasing(knowledge: knowledge) }

  /// Says plainly that the sources are silent on a question ("whom X reports to").
  func notInSources(_ what: String) -> String {
    "The sources I have do not say \(what)."
  }

  /// Says plainly that the sources lack a thing ("separate outlook for X").
  func noSourceGives(_ thing: String) -> String {
    "The sources I have give no \(thing)."
  }
}
