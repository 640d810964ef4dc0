/// Answers about skills, degrees, certifications and specializations.
extension AnswerComposer {
  func skills(_ request: Request) -> Answer {
    var answer = Answer()
    for id in request.roles.prefix(2) {
      guard let role = knowledge.role(id) else { continue }
      answer.heading("Skills for \(phrasing.withArticle(id))" + stageLabel(role))
      answer.bullets(role.skills) { cited($0) }
    }
    if request.roles.isEmpty {
      answer.heading("Skills to develop to advance")
      answer.bullets(knowledge.advancementSkills.prefix(6)) { cited($0) }
      answer.text("Name a role (\"what skills does a director need?\") for its own list.")
    }
    return answer
  }

  func education(_ request: Request) -> Answer {
    var answer = Answer()
    let asksHowLong = request.asks(.asksHowLong)
    let asksWhatItTeaches = request.asks(.asksWhatItTeaches)
    let degrees = request.entities.degrees.compactMap { knowledge.degree($0) }
    if degrees.count >= 2, !asksHowLong, !asksWhatItTeaches { return sideBySide(degrees) }
    for id in request.entities.degrees {
      guard let degree = knowledge.degree(id) else { continue }
      answer.heading(degree.name)
      if !asksHowLong && !asksWhatItTeaches { answer.text(cited(degree.summary)) }
      if !asksWhatItTeaches {
        answer.text(
          "How long: "
            + (degree.duration.sourced.map { cited($0) } ?? Cited(notInSources("how long it takes"))))
      }
      if !asksHowLong, !degree.teaches.isEmpty {
        answer.text("What it teaches:")
        answer.bullets(degree.teaches) { cited($0) }
      }
    }
    for id in request.roles.prefix(2) where request.entities.degrees.isEmpty {
      guard let role = knowledge.role(id) else { continue }
      answer.heading("Education for \(phrasing.withArticle(id))")
      answer.text(
        role.education.sourced.map { cited($0) }
          ?? Cited(notInSources("what education \(phrasing.withArticle(id)) needs")))
    }
    if answer.blocks.isEmpty, !request.entities.certifications.isEmpty { return certificationTime(request) }
    if answer.blocks.isEmpty {
      answer.heading("Education on the path")
      answer.bullets(knowledge.educationNotes.prefix(5)) { cited($0) }
      answer.text("Ask about the MEM, the MBA or a bachelor's degree for details.")
    }
    return answer
  }

  func certifications(_ request: Request) -> Answer {
    var answer = Answer()
    let asksWorth = request.asks(.asksWorth)
    let asksHow = request.asks(.asksRequirements)
    let named = request.entities.certifications.compactMap { knowledge.certification($0) }
    if named.count >= 2 { return sideBySide(named) }
    // "Is the CAPM worth it?": say so before listing the ones the sources cover.
    if named.isEmpty, let unknown = request.analysis.unknownCredential {
      answer.text("The sources I have say nothing about the \(unknown).")
    }
    // How long a named certification takes; with none named, the list below answers.
    if request.asks(.asksHowLong), !named.isEmpty { return certificationTime(request) }
    for id in request.entities.certifications {
      guard let certification = knowledge.certification(id) else { continue }
      answer.heading(certification.name)
      answer.text(cited(certification.summary))
      if let issuer = certification.issuer.sourced {
        answer.text("Issuer: " + cited(issuer))
      } else {
        answer.text(notInSources("who issues it"))
      }
      // "What jobs can I get with it?": the roles whose files list it, each source apart.
      for helped in rolesHelped(by: id) { answer.text(cited(helped)) }
      // The whole record is long: show what was asked about, or a little of each. Only the
      // lines shown are written.
      switch (asksWorth, asksHow) {
      case (true, false):
        answer.bullets(certification.value.map { cited($0) } + certification.figures.map { figure($0) })
      case (false, true): answer.bullets(certification.requirements) { cited($0) }
      default:
        let value = certification.value.prefix(2).map { cited($0) }
        answer.bullets(
          certification.requirements.prefix(2).map { cited($0) } + value
            + certification.figures.prefix(2 - value.count).map { figure($0) })
      }
    }
    if !request.entities.certifications.isEmpty { return answer }
    for id in request.roles.prefix(2) {
      guard let role = knowledge.role(id) else { continue }
      answer.heading("Certifications for \(phrasing.withArticle(id))")
      if let certifications = role.certifications.sourced, !certifications.value.isEmpty {
        answer.bullets(certifications.value.compactMap { certificationLine($0) })
      } else {
        answer.text(notInSources("which certifications help \(phrasing.withArticle(id))"))
      }
    }
    if request.roles.isEmpty {
      answer.heading("Certifications that help on the path")
      answer.bullets(knowledge.certifications.map(\.id).compactMap { certificationLine($0) })
      answer.bullets(knowledge.certificationNotes.prefix(2)) { cited($0) }
    }
    return answer
  }

  /// How long the certifications named take to earn: the short time the sources give, then
  /// the first requirements, which say what the time is spent on.
  func certificationTime(_ request: Request) -> Answer {
    var answer = Answer()
    for certification in request.entities.certifications.compactMap({ knowledge.certification($0) }) {
      answer.heading(certification.name)
      answer.text(
        certification.cells.time.map { "How long: " + statement($0) }
          ?? Cited(notInSources("how long it takes")))
      answer.bullets(certification.requirements.prefix(2)) { statement($0) }
    }
    return answer
  }

  /// "Project Management Professional (PMP): what it is (source)", in brief where the
  /// sources give a brief, so a list stays one line a certification.
  /// The roles a certification helps, as the role files list it, one statement a source:
  /// "It helps on the way to the roles of project engineer and project manager."
  private func rolesHelped(by id: CertificationID) -> [Sourced<String>] {
    var bySource: [(source: SourceID, roles: [RoleID])] = []
    for role in knowledge.roles {
      guard let listed = role.certifications.sourced, listed.value.contains(id) else { continue }
      if let index = bySource.firstIndex(where: { $0.source == listed.source }) {
        bySource[index].roles.append(role.id)
      } else {
        bySource.append((listed.source, [role.id]))
      }
    }
    return bySource.map { source, roles in
      let names = Phrasing.list(roles.map { phrasing.name($0) }, conjunction: "and")
      return Sourced("Roles it helps: \(names)", source)
    }
  }

  private func certificationLine(_ id: CertificationID) -> Cited? {
    knowledge.certification(id).map { $0.name + ": " + cited($0.cells.brief ?? $0.summary) }
  }

  func specializations(_ request: Request) -> Answer {
    var chosen = request.entities.specializations
    for id in request.roles {
      chosen += knowledge.specializations.filter { $0.roles.contains(id) && !chosen.contains($0.id) }.map(
        \.id)
    }
    let shown = chosen.isEmpty ? knowledge.specializations.map(\.id) : chosen
    var answer = Answer()
    if chosen.isEmpty { answer.text("Common MEM specializations:") }
    for id in shown {
      guard let specialization = knowledge.specialization(id) else { continue }
      answer.heading(specialization.name)
      answer.text(
        cited(specialization.focus) + " Roles: "
          + Phrasing.list(specialization.roles.map(phrasing.name), conjunction: "and") + ".")
    }
    return answer
  }
}
