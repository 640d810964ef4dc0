/// Answers to "how much does an MEM cost?": the prices the sources give for the degrees and
/// certifications named, or plainly that they give none.
extension AnswerComposer {
  /// The intents whose questions can ask what a degree or certification costs; a degree's
  /// value answers with its prices first instead (`degreeValue`).
  static let costIntents: [IntentID] = [.education, .certifications, .salary]

  /// For each degree and certification named, its prices, or that the sources give none and
  /// what its table row lists instead ("48 credit hours"), and how long it takes when that is
  /// asked too; nil when the question does not ask a cost or names nothing to cost.
  func costAnswer(_ request: Request) -> Answer? {
    // "Is it worth the tuition?" weighs the cost against the return, which the value answers.
    guard request.asks(.asksCost), !request.asks(.asksWorth), Self.costIntents.contains(request.intent)
    else { return nil }
    let degrees = request.entities.degrees.compactMap { knowledge.degree($0) }
    let certifications = request.entities.certifications.compactMap { knowledge.certification($0) }
    let named: [(name: String, figures: [Figure], cells: TableCells, time: Sourced<String>?)] =
      degrees.map { ($0.name, $0.figures, $0.cells, $0.duration.sourced) }
      + certifications.map { ($0.name, $0.figures, $0.cells, $0.cells.time) }
    guard !named.isEmpty else { return nil }
    var answer = Answer()
    for credential in named {
      answer.heading(credential.name)
      answer.append(prices(credential.figures, else: credential.cells.cost))
      if request.asks(.asksHowLong) {
        answer.text(
          "How long: " + (credential.time.map { statement($0) } ?? Cited(notInSources("how long it takes"))))
      }
    }
    return answer
  }

  /// The prices among `figures`, or that the sources give none, then `instead` (what the
  /// table lists as its cost or requirements), when given.
  func prices(_ figures: [Figure], else instead: Sourced<String>?) -> Answer {
    var answer = Answer()
    let prices = figures.filter(isPrice)
    answer.bullets(prices) { figure($0) }
    guard prices.isEmpty else { return answer }
    answer.text(notInSources("what it costs"))
    if let instead { answer.text("What it asks: " + statement(instead)) }
    return answer
  }

  /// Whether a figure is a price: its description has a word of the `asks cost` cue
  /// ("tuition for Duke's campus MEM", "FE exam registration fee").
  func isPrice(_ figure: Figure) -> Bool {
    intents.cues.cues(in: Tokenizer.words(in: TextNormalizer.normalize(figure.measure))).has(.asksCost)
  }
}
