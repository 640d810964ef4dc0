/// Answers about pay, what degrees are worth, and the job market.
extension AnswerComposer {
  func salary(_ request: Request) -> Answer {
    let roles = request.roles.compactMap { knowledge.role($0) }
    // "Which industries pay EMs most?" asks for the industries, not the role's own figures,
    // nor, after two roles' pay, their comparison again: but "which of them earns the most?"
    // does.
    let asksWhere = asksAboutIndustries(request)
    if roles.count >= 2, !request.analysis.cues.has(.asksWhichIndustries) {
      return roles.count == 2 ? payComparison(roles[0], roles[1]) : payComparison(roles)
    }
    let asked = request.resolution.sum
    var answer = Answer()
    for role in roles where !asksWhere {
      answer.heading(role.title)
      if let pay = role.pay.sourced, !pay.value.isEmpty {
        if let asked {
          answer.append(placing(asked, against: pay.value))
        } else {
          answer.bullets(pay.value) { figure($0) }
        }
      } else {
        answer.text("No sourced figure: the sources I have give no salary for this title.")
      }
    }
    let disciplines = request.entities.disciplines.compactMap { knowledge.discipline($0) }
    for discipline in disciplines where roles.isEmpty {
      answer.heading(discipline.name)
      answer.bullets(discipline.figures) { figure($0) }
    }
    if disciplines.isEmpty, !asksWhere, roles.allSatisfy({ $0.pay.sourced == nil }) {
      // "I make 95k as a project engineer, is that low?": the sum against the field's figures.
      if let asked {
        answer.append(placing(asked, against: knowledge.fieldPay, for: "the field as a whole"))
      } else {
        answer.text("For the field as a whole, engineering managers earn:")
        answer.bullets(knowledge.fieldPay) { figure($0) }
      }
    }
    if !request.entities.industries.isEmpty || asksWhere {
      answer.append(industryPay(request.entities.industries))
    }
    return answer
  }

  /// What the sources say about pay in the industries asked about, or in general.
  private func industryPay(_ industries: [IndustryID]) -> Answer {
    let facts = knowledge.industryFacts
    var answer = Answer()
    let high = facts.highestPaying.value.compactMap { knowledge.industry($0)?.name.lowercased() }
    let competitive = facts.competitivePay.value.compactMap { knowledge.industry($0)?.name.lowercased() }
    var citations = cite(facts.highestPaying.source)
    citations.add(cite(facts.competitivePay.source))
    answer.text(
      Cited(
        String(
          concatenating: "High-paying industries include ", Phrasing.list(high, conjunction: "and"), "; ",
          Phrasing.list(competitive, conjunction: "and"), " can also offer competitive salaries."),
        citing: citations))
    if industries.isEmpty {
      answer.text("BLS mean wage of architectural and engineering managers by industry:")
      answer.bullets(facts.payFigures) { figure($0) }
    }
    for id in industries {
      guard let industry = knowledge.industry(id) else { continue }
      answer.bullets(industry.figures) { figure($0) }
      if industry.figures.isEmpty {
        answer.text(noSourceGives("salary figure for \(industry.name.lowercased()) specifically"))
      }
    }
    return answer
  }

  /// Whether the question asks which industries pay best: in so many words ("which sectors
  /// pay most?"), or asking the best pay of no role it names ("which of those pays best?"
  /// after industries); not the most a role it names can earn, nor what a role earns in the
  /// industry it names ("in the pharmaceutical industry").
  private func asksAboutIndustries(_ request: Request) -> Bool {
    let cues = request.analysis.cues
    return request.analysis.entities.industries.isEmpty
      && (cues.has(.asksWhichIndustries)
        || cues.has(.asksWherePayIsBest) && request.analysis.entities.roles.isEmpty)
  }

  func degreeValue(_ request: Request) -> Answer {
    let degrees =
      request.entities.degrees.isEmpty
      ? knowledge.degrees.compactMap { $0.level == .master ? $0.id : nil } : request.entities.degrees
    // Worth compared: the two named, or the first two master's when none is named, with
    // each one's first statement of a pay premium under the table.
    if degrees.count >= 2 {
      let pair = Array(degrees.compactMap { knowledge.degree($0) }.prefix(2))
      var answer = sideBySide(pair)
      answer.bullets(
        pair.compactMap { $0.value.first { Self.hasDollarSign($0.value) } }.map { statement($0) })
      return answer
    }
    var answer = Answer()
    for id in degrees {
      guard let degree = knowledge.degree(id) else { continue }
      answer.heading(degree.name)
      // "Is an MBA just an expensive piece of paper?": what it costs, where the sources say, first.
      let asksCost = request.asks(.asksCost)
      if asksCost { answer.append(prices(degree.figures, else: nil)) }
      // A figure a statement already gives is not listed again: its bytes are searched for in
      // place, as the statements are read for every figure.
      let statements = String(joining: degree.value.map(\.value), separator: " ")
      let figures = statements.withBytes { text in
        degree.figures.filter { figure in
          !figure.amount.withBytes { text.containsRun($0) } && !(asksCost && isPrice(figure))
        }
      }
      // A few statements, and every figure: figures come in sets that compare.
      answer.bullets(degree.value.prefix(3).map { cited($0) } + figures.map { figure($0) })
    }
    if let role = request.roles.first {
      answer.text(noSourceGives("separate return on a degree for \(phrasing.plural(role)) specifically"))
    }
    return answer
  }

  /// Whether a statement has a "$", the mark of a pay premium: its bytes are searched, as a
  /// character search walks every character's boundary; its characters only when the byte is
  /// there and the statement is not ASCII (a mark after it would make it another character).
  private static func hasDollarSign(_ statement: String) -> Bool {
    guard statement.withBytes({ $0.contains(UInt8(ascii: "$")) }) else { return false }
    return statement.isASCII || statement.contains("$")
  }

  func outlook(_ request: Request) -> Answer {
    var answer = Answer()
    if let market = knowledge.outlook.first { answer.text(cited(market)) }
    let occupations = request.roles.map { occupation($0) }
    let related = knowledge.outlookFigures.filter { figure in
      occupations.contains { $0 == figure.scope }
    }
    if !related.isEmpty {
      answer.bullets(related.prefix(4)) { figure($0) }
    } else {
      let closest = knowledge.outlookFigures.filter { $0.scope == Self.closestOccupation }.prefix(2)
      if !request.roles.isEmpty {
        answer.text(
          noSourceGives(
            "separate outlook for \(Phrasing.list(request.roles.map(phrasing.plural), conjunction: "and"))")
            + " The closest figures:")
      }
      answer.bullets(closest) { figure($0) }
    }
    return answer
  }

  /// The BLS occupation nearest to engineering management as a whole.
  static let closestOccupation = "architectural and engineering managers"

  /// The BLS occupation a role's figures describe: the one its pay figures name, or the
  /// role's own title in the plural.
  func occupation(_ id: RoleID) -> String {
    if let scope = knowledge.role(id)?.pay.sourced?.value.compactMap(\.scope).first {
      return String(scope.prefix { $0 != "," })
    }
    return phrasing.name(id).lowercased() + "s"
  }
}
