/// The parts of a pay question beyond a role's figures: two roles' pay compared like with
/// like, and a sum the question names placed against the sourced figures.
extension AnswerComposer {
  /// Two roles' pay, compared only on the same kind of figure from the same source and
  /// year; otherwise each side's figures with a plain warning that they do not compare.
  func payComparison(_ first: Role, _ second: Role) -> Answer {
    let names = [first, second].map { Phrasing.capitalized(phrasing.name($0.id)) }
    var answer = Answer([.heading("Pay: \(names[0]) vs \(Phrasing.lowercasingFirstWord(names[1]))")])
    let ours = first.pay.sourced?.value ?? []
    let theirs = second.pay.sourced?.value ?? []
    let pairs = ours.compactMap { figure in theirs.first { $0.isSameKind(as: figure) }.map { (figure, $0) } }
    if let (a, b) = pairs.first {
      if a.amount == b.amount {
        answer.text(
          "Both belong to one occupation in this source, so it gives one figure for both: " + figure(a) + ".")
      } else {
        let (ourMoney, theirMoney) = (Money.amounts(in: a.amount).first, Money.amounts(in: b.amount).first)
        let higher =
          (ourMoney ?? Money(dollars: 0)) >= (theirMoney ?? Money(dollars: 0)) ? names[0] : names[1]
        answer.text(
          cited("Like for like (\(citation(a.source)), \(a.measure), \(a.year)):", citing: a.source))
        answer.bullets(["\(names[0]): \(a.amount)", "\(names[1]): \(b.amount)"])
        answer.text("\(higher) is the higher of the two by this measure.")
      }
    }
    if ours.isEmpty || theirs.isEmpty {
      let missing = ours.isEmpty ? first : second
      answer.text(noSourceGives("salary figure for \(phrasing.withArticle(missing.id))") + " What they give:")
    }
    let others = [
      (names[0], ours.filter { a in !pairs.contains { $0.0 == a } }),
      (names[1], theirs.filter { b in !pairs.contains { $0.1 == b } }),
    ].filter { !$0.1.isEmpty }
    if !others.isEmpty {
      if !ours.isEmpty, !theirs.isEmpty {
        answer.text(
          pairs.isEmpty
            ? "The sources give only different kinds of figure for these two, which do not compare directly:"
            : "Figures for one of the two only, of kinds that do not compare:")
      }
      answer.bullets(others.flatMap { name, figures in figures.map { "\(name): " + self.figure($0) } })
    }
    return answer
  }

  /// Three roles' or more pay ("which of those three earns the most?"): each one's figures,
  /// then the highest by the first kind of figure the sources give two of them or more.
  func payComparison(_ roles: [Role]) -> Answer {
    let names = roles.map { Phrasing.capitalized(phrasing.name($0.id)) }
    let listed = [names[0]] + names.dropFirst().map(Phrasing.lowercasingFirstWord)
    var answer = Answer([.heading("Pay: " + Phrasing.list(listed, conjunction: "and"))])
    for (role, name) in zip(roles, names) {
      let figures = role.pay.sourced?.value ?? []
      answer.bullets(
        figures.isEmpty
          ? [Cited("\(name): " + noSourceGives("salary figure for this title"))]
          : figures.map { "\(name): " + figure($0) })
    }
    for kind in roles.flatMap({ $0.pay.sourced?.value ?? [] }) {
      let alike = zip(roles, names).compactMap { role, name in
        role.pay.sourced?.value.first { $0.isSameKind(as: kind) }
          .map { (name: name, money: Money.amounts(in: $0.amount).first ?? Money(dollars: 0)) }
      }
      guard alike.count >= 2, let top = alike.max(by: { $0.money < $1.money }),
        alike.contains(where: { $0.money != top.money })
      else { continue }
      answer.text(
        cited(
          "Like for like (\(citation(kind.source)), \(kind.measure), \(kind.year)): \(top.name) is the highest of the \(alike.count) it covers.",
          citing: kind.source))
      break
    }
    return answer
  }

  /// A sum from the question ("is 150k good?") against each of the figures, which are those
  /// of the role named above or, when given, of `scope`.
  func placing(_ money: Money, against figures: [Figure], for scope: String? = nil) -> Answer {
    let of = scope.map { " for \($0)" } ?? ""
    var answer = Answer([.text("\(money.written) against what the sources give\(of):")])
    answer.bullets(
      figures.compactMap { figure in
        let amounts = Money.amounts(in: figure.amount)
        guard let low = amounts.first else { return nil }
        let high = amounts.last ?? low
        let place: String
        if amounts.count > 1 {
          place = money < low ? "below" : money > high ? "above" : money == high ? "at the top of" : "within"
        } else {
          place = money < low ? "below" : money > low ? "above" : "equal to"
        }
        return "\(place) the " + self.figure(figure)
      })
    return answer
  }
}

extension Figure {
  /// Whether two figures are of one kind: the same measure, source and period.
  func isSameKind(as other: Figure) -> Bool {
    measure == other.measure && source == other.source && year == other.year
  }
}
