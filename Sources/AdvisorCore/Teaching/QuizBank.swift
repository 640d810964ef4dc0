/// Every question `:quiz` can ask, generated from the knowledge base in its own order.
///
/// Whom roles report to, where they lead, which certification an issuer gives, and the pay
/// figures sources give; facts the sources are silent on give no question.
///
/// Answers are phrased and cited through the answer composer, as the advisor's own answers are.
struct QuizBank {
  let composer: AnswerComposer

  private var knowledge: KnowledgeBase { composer.knowledge }
  private var phrasing: Phrasing { composer.phrasing }

  /// The questions on `topic`, or on every topic when it is nil, without repeats.
  func questions(on topic: QuizQuestion.Topic?) -> [QuizQuestion] {
    let all = reporting() + steps() + certifications() + pay()
    var seen = Set<String>()
    return all.filter { (topic == nil || $0.topic == topic) && seen.insert($0.text).inserted }
  }

  /// Questions such as "Who does an engineering director report to?".
  private func reporting() -> [QuizQuestion] {
    knowledge.roles.compactMap { role in
      guard let superiors = role.reportsTo.sourced, !superiors.value.isEmpty else { return nil }
      var ids: [String] = []
      var titles: [String] = []
      for superior in superiors.value {
        switch superior {
        case .role(let id): ids.append(id.rawValue)
        case .title(let title): titles.append(title)
        }
      }
      let names = Phrasing.list(superiors.value.map(composer.superiorName))
      return QuizQuestion(
        topic: .reporting, text: "Who does \(phrasing.withArticle(role.id)) report to?",
        expected: .entities(.roles, ids: ids, titles: titles),
        answer: "\(Phrasing.capitalized(phrasing.withArticle(role.id))) reports to \(names) "
          + "\(composer.inlineCitation(superiors.source)).")
    }
  }

  /// Questions such as "Name a common next step after a project engineer.".
  private func steps() -> [QuizQuestion] {
    knowledge.roles.compactMap { role in
      guard let steps = role.nextSteps.sourced, !steps.value.isEmpty else { return nil }
      let names = Phrasing.list(composer.ladderOrder(steps.value).map(phrasing.withArticle))
      return QuizQuestion(
        topic: .steps, text: "Name a common next step after \(phrasing.withArticle(role.id)).",
        expected: .entities(.roles, ids: steps.value.map(\.rawValue)),
        answer:
          "After \(phrasing.withArticle(role.id)), common next steps are \(names) \(composer.inlineCitation(steps.source))."
      )
    }
  }

  /// "Which certification does the Scrum Alliance issue?", for issuers the sources name
  /// plainly (a sentence about several bodies makes no question).
  private func certifications() -> [QuizQuestion] {
    knowledge.certifications.compactMap { certification in
      guard let issuer = certification.issuer.sourced, !issuer.value.contains(where: ",;.:".contains)
      else { return nil }
      return QuizQuestion(
        topic: .certifications, text: "Which certification does the \(issuer.value) issue?",
        expected: .entities(.certifications, ids: [certification.id.rawValue]),
        answer:
          "The \(issuer.value) issues the \(certification.name) \(composer.inlineCitation(issuer.source)).")
    }
  }

  /// "What was the median annual pay of construction managers in May 2024 (BLS
  /// Occupational Outlook Handbook)?", for figures that are one amount (not a range).
  ///
  /// A figure several roles share (the BLS median for a wider occupation) asks once.
  private func pay() -> [QuizQuestion] {
    var seen = Set<String>()
    return knowledge.roles.flatMap { role -> [QuizQuestion] in
      guard case .known(let figures, _) = role.pay else { return [] }
      return figures.compactMap { figure in
        guard
          seen.insert(
            [figure.amount, figure.measure, figure.year, figure.source.rawValue].joined(separator: "|")
          ).inserted
        else { return nil }
        let amounts = QuizQuestion.amounts(in: figure.amount)
        guard amounts.count == 1, let amount = amounts.first, !figure.amount.contains("+") else { return nil }
        let group = figure.scope.map { String($0.prefix { $0 != "," && $0 != "(" }).trimmed() }
        let who = group ?? Phrasing.lowercasingFirstWord(role.title) + "s"
        return QuizQuestion(
          topic: .pay,
          text:
            "What was the \(figure.measure) of \(who) in \(figure.year) \(composer.inlineCitation(figure.source))?",
          expected: .figure(amount),
          answer: Phrasing.capitalized(composer.figure(figure).text) + " "
            + composer.inlineCitation(figure.source) + ".")
      }
    }
  }
}
