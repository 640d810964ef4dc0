/// Citing sources and naming things, shared by every composer.
extension AnswerComposer {
  /// A citation of `source` where a fact is stated; the finished answer names it once,
  /// in its "Sources:" line (`Answer.gatherCitations`).
  func cite(_ source: SourceID) -> String {
    Citation.marker(source)
  }

  /// How the "Sources:" line names a source: "the article", "BLS Occupational Outlook
  /// Handbook".
  func citation(_ source: SourceID) -> String {
    knowledge.citation(of: source)
  }

  /// "(the article)": a citation where the fact is, for text that is no answer and has no
  /// "Sources:" line (quiz questions, the ladder).
  func inlineCitation(_ source: SourceID) -> String {
    "(" + citation(source) + ")"
  }

  /// A sourced statement followed by its citation.
  ///
  /// Grown once to its length, since nearly every line of an answer is one.
  func cited(_ fact: Sourced<String>) -> String {
    var text = Phrasing.sentence(fact.value)
    let marker = cite(fact.source)
    text.reserveCapacity(text.utf8.count + 1 + marker.utf8.count)
    text += " "
    text += marker
    return text
  }

  /// A sourced statement as an answer says it: practitioner opinion attributed to its
  /// author with its year ("Charity Majors (2017) argues that …"), anything else as a
  /// sentence; either way followed by its citation.
  func statement(_ fact: Sourced<String>) -> String {
    guard let source = knowledge.source(fact.source), source.isOpinion,
      !fact.value.containsText(source.publisher)
    else { return cited(fact) }
    let year = source.year == "undated" ? "" : " (\(source.year))"
    return cited(Sourced("\(source.publisher)\(year) argues that \(fact.value)", fact.source))
  }

  /// "$121,560 average salary in 2025 (Payscale, cited by the article)".
  func figure(_ figure: Figure) -> String {
    var text = "\(figure.amount) \(figure.measure) in \(figure.year)"
    if let scope = figure.scope { text += ", for \(scope)" }
    text += " "
    text += cite(figure.source)
    return text
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
