/// Citing sources and naming things, shared by every composer.
extension AnswerComposer {
  /// What a line citing `source` records; the finished answer names it once, in its "Sources:"
  /// line (`Answer.gatherCitations`).
  ///
  /// Every fact's source is in the registry (loading checks it); one that is not, from the reply
  /// line of an intent file, is recorded as nothing: the reply names it itself (`replies`).
  func cite(_ source: SourceID) -> Citations {
    Citations(knowledge.position(of: source))
  }

  /// `text`, which states a fact of `source`.
  func cited(_ text: String, citing source: SourceID) -> Cited {
    Cited(text, citing: cite(source))
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

  /// A sourced statement as a sentence, citing its source.
  func cited(_ fact: Sourced<String>) -> Cited {
    sentence(fact.value, citing: cite(fact.source))
  }

  /// `text` as a sentence, citing `citations`: nearly every line of an answer is one, and most
  /// end in their stop already, so that they are the fact's own text.
  private func sentence(_ text: String, citing citations: Citations) -> Cited {
    let stop = Phrasing.stop(after: text)
    return Cited(stop.isEmpty ? text : text + stop, citing: citations)
  }

  /// A sourced statement as an answer says it: practitioner opinion attributed to its
  /// author with its year ("Charity Majors (2017) argues that …"), anything else as a
  /// sentence; either way citing its source.
  ///
  /// The source is looked up once, for both, and the statement's bytes searched for its author's
  /// name in place.
  func statement(_ fact: Sourced<String>) -> Cited {
    guard let position = knowledge.position(of: fact.source) else { return cited(fact) }
    let citations = Citations(position)
    let source = knowledge.sources[position]
    guard source.isOpinion,
      !fact.value.withBytes({ text in source.publisher.withBytes { text.containsRun($0) } })
    else {
      return sentence(fact.value, citing: citations)
    }
    let year = source.year == "undated" ? "" : String(concatenating: " (", source.year, ")")
    return sentence(
      String(concatenating: source.publisher, year, " argues that ", fact.value), citing: citations)
  }

  /// "$121,560 average salary in 2025 (Payscale, cited by the article)".
  func figure(_ figure: Figure) -> Cited {
    let citations = cite(figure.source)
    guard let scope = figure.scope else {
      return Cited(
        String(concatenating: figure.amount, " ", figure.measure, " in ", figure.year), citing: citations)
    }
    return Cited(
      String(concatenating: figure.amount, " ", figure.measure, " in ", figure.year, ", for ", scope),
      citing: citations)
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
