/// Answers about pay, what degrees are worth, and the job market.
extension AnswerComposer {
  func salary(_ request: Request) -> Answer {
    var answer = Answer()
    for id in request.roles.prefix(3) {
      guard let role = knowledge.role(id) else { continue }
      answer.heading(role.title)
      if let pay = role.pay.sourced, !pay.value.isEmpty {
        answer.bullets(pay.value.map(figure))
      } else {
        answer.text(notInSources("what \(withArticle(id)) earns: there is no sourced figure for this title"))
      }
    }
    if request.roles.isEmpty || request.roles.allSatisfy({ knowledge.role($0)?.pay.sourced == nil }) {
      answer.text("For the field as a whole, engineering managers earn:")
      answer.bullets(knowledge.fieldPay.map(figure))
    }
    if !request.entities.industries.isEmpty || asksAboutIndustries(request) {
      answer.blocks += industryPay(request.entities.industries).blocks
    }
    return answer
  }

  /// What the sources say about pay in the industries asked about, or in general.
  private func industryPay(_ industries: [IndustryID]) -> Answer {
    let facts = knowledge.industryFacts
    var answer = Answer()
    let high = facts.highestPaying.value.compactMap { knowledge.industry($0)?.name.lowercased() }
    let competitive = facts.competitivePay.value.compactMap { knowledge.industry($0)?.name.lowercased() }
    answer.text("High-paying industries include \(list(high, conjunction: "and")) \(cite(facts.highestPaying.source)); \(list(competitive, conjunction: "and")) can also offer competitive salaries \(cite(facts.competitivePay.source)).")
    for id in industries {
      guard let industry = knowledge.industry(id) else { continue }
      answer.bullets(industry.figures.map(figure))
      if industry.figures.isEmpty {
        answer.text(notInSources("a salary figure for \(industry.name.lowercased()) specifically"))
      }
    }
    return answer
  }

  /// Whether the question asks where pay is best ("which industries pay most?").
  private func asksAboutIndustries(_ request: Request) -> Bool {
    let cues: Set<String> = ["industry", "industries", "sector", "sectors", "most", "highest", "best", "top"]
    return request.analysis.words.contains { cues.contains($0) }
  }

  func degreeValue(_ request: Request) -> Answer {
    let degrees = request.entities.degrees.isEmpty ? [DegreeID.mem, .mba] : request.entities.degrees
    var answer = Answer()
    for id in degrees {
      guard let degree = knowledge.degree(id) else { continue }
      answer.heading(degree.name)
      answer.bullets(degree.value.map(cited) + degree.figures.map(figure))
    }
    if let role = request.roles.first {
      answer.text(notInSources("a separate return on a degree for \(withArticle(role)) specifically"))
    }
    return answer
  }

  func outlook(_ request: Request) -> Answer {
    var answer = Answer()
    answer.bullets(knowledge.outlook.map(cited))
    let scopes = request.roles.compactMap { knowledge.role($0)?.pay.sourced?.value.first?.scope }
    let related = knowledge.outlookFigures.filter { figure in
      scopes.contains { scope in figure.scope.map { scope.hasPrefix($0) || $0.hasPrefix(scope) } ?? false }
    }
    answer.bullets((related.isEmpty ? Array(knowledge.outlookFigures.prefix(2)) : related).map(figure))
    return answer
  }
}
