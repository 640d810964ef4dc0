/// Citing sources and naming things, shared by every composer.
extension AnswerComposer {
  /// A citation of `source` where a fact is stated; the finished answer names it once,
  /// in its "Sources:" line (`Answer.gatherCitations`).
  ///
  /// Every fact's source is in the registry (loading checks it); one that is not, from the reply
  /// line of an intent file, gets a marker past the registry's end, which names nothing: the
  /// reply names it itself (`replies`).
  func cite(_ source: SourceID) -> String {
    Citation.marker(knowledge.position(of: source) ?? knowledge.sources.count)
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
  func cited(_ fact: Sourced<String>) -> String {
    cited(fact.value, marker: cite(fact.source))
  }

  /// `text` as a sentence followed by `marker`, written at once: nearly every line of an answer
  /// is one.
  private func cited(_ text: String, marker: String) -> String {
    String(concatenating: text, Phrasing.stop(after: text), " ", marker)
  }

  /// A sourced statement as an answer says it: practitioner opinion attributed to its
  /// author with its year ("Charity Majors (2017) argues that …"), anything else as a
  /// sentence; either way followed by its citation.
  ///
  /// The source is looked up once, for both, and the statement's bytes searched for its author's
  /// name in place.
  func statement(_ fact: Sourced<String>) -> String {
    guard let position = knowledge.position(of: fact.source) else { return cited(fact) }
    let marker = Citation.marker(position)
    let source = knowledge.sources[position]
    guard source.isOpinion,
      !fact.value.withBytes({ text in source.publisher.withBytes { text.containsRun($0) } })
    else {
      return cited(fact.value, marker: marker)
    }
    let year = source.year == "undated" ? "" : String(concatenating: " (", source.year, ")")
    return cited(String(concatenating: source.publisher, year, " argues that ", fact.value), marker: marker)
  }

  /// "$121,560 average salary in 2025 (Payscale, cited by the article)".
  func figure(_ figure: Figure) -> String {
    let marker = cite(figure.source)
    guard let scope = figure.scope else {
      return String(concatenating: figure.amount, " ", figure.measure, " in ", figure.year, " ", marker)
    }
    return String(
      concatenating: figure.amount, " ", figure.measure, " in ", figure.year, ", for ", scope, " ", marker)
  }

  /// Names, articles and lists, phrased as everywhere else.
  var phrasing: Phrasing { Phrasing(knowledge: knowledge) }

  /// Says plainly that the sources are silent on a question ("whom X reports to").
  func notInSources(_ what: String) -> String {
    String(concatenating: "The sources I have do not say ", what, ".")
  }

  /// Says plainly that the sources lack a thing ("separate outlook for X").
  func noSourceGives(_ thing: String) -> String {
    String(concatenating: "The sources I have give no ", thing, ".")
  }
}
