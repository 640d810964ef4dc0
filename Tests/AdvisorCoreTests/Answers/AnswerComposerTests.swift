import Testing

@testable import AdvisorCore

@Suite struct AnswerComposerTests {
  @Test func engineeringManagerSalaryCitesItsSources() {
    let reply = TestAdvisor.reply("How much does an engineering manager make?")
    #expect(reply.intent == .salary)
    #expect(reply.entities.roles == [.engineeringManager])
    #expect(reply.text.contains("$121,560 average salary in 2025\n"))
    #expect(reply.text.contains("$90,000 to $150,000+"))
    #expect(
      reply.text.hasSuffix(
        "\nSources: Payscale, cited by the article; the article; BLS Occupational Outlook Handbook"))
    #expect(reply.answer.sources == [.payscale2025, .article, .blsOOH2024Compiled])
    #expect(reply.sources.map(\.id) == reply.answer.sources)
  }

  @Test func aRoleWithoutAFigureSaysSoPlainly() {
    let text = TestAdvisor.reply("how much does a staff engineer earn?").text
    #expect(text.lowercased().contains("no sourced figure"))
    #expect(text.contains("$121,560"), "offers the closest figure it knows: the field's")
  }

  @Test func directorOverviewIsStrategic() {
    let text = TestAdvisor.reply("what does an engineering director do?").text
    #expect(text.contains("strategic"))
    #expect(text.contains("Resource allocation"))
  }

  /// The article's staff engineer is entry-level; in technology companies the title is a
  /// senior individual contributor, which the answer says right after the article's summary.
  @Test(arguments: ["what does a staff engineer do?", "staff engineer vs engineering manager"])
  func aTitleMeantOtherwiseElsewhereCarriesItsNote(question: String) {
    let text = TestAdvisor.reply(question).text
    #expect(
      text.has(
        "An entry-level role in engineering management",
        before: "Will Larson (2020) argues that in technology companies, staff engineers are senior"))
    #expect(text.contains("Sources: the article; Will Larson, 2020"))
  }

  /// Wherever the answer says the article's staff engineer is entry level, the note follows:
  /// "Entry level" alone misleads someone aiming at a technology company's staff engineer.
  @Test(arguments: ["how long does it take to become a staff engineer?", "how do I become a staff engineer?"])
  func theEntryLevelOfATitleMeantOtherwiseCarriesItsNote(question: String) {
    let text = TestAdvisor.reply(question).text
    #expect(
      text.has("the article lists it among entry-level roles", before: "Will Larson (2020) argues that"))
  }

  @Test func yearsTheQuestionNamesAreWeighedAgainstTheSpanUnlessTheyAreTheUsers() {
    let asked = TestAdvisor.reply("is 10 years enough to be CTO?")
    #expect(asked.intent == .timeline)
    #expect(asked.text.contains("10 years: still short of that span."))
    var profile = Profile()
    profile.years = 2
    let mine = TestAdvisor.conversation(
      ["how long does it take to become an em, i'm 2 yrs in"], profile: profile)
    #expect(mine[0].text.contains("You have 2 years of experience: still short of that span."))
  }

  @Test func adviceTowardsATitleMeantOtherwiseCarriesItsNote() {
    let replies = TestAdvisor.conversation([
      "I'm a software engineer with 6 years of experience and I want to become a staff engineer",
      "what should I do next?",
    ])
    #expect(replies[1].intent == .advice)
    #expect(
      replies[1].text.has("to become a staff engineer: Entry level", before: "Will Larson (2020) argues that")
    )
  }

  @Test func aPrincipalEngineerIsOnTheTechnicalTrackAsPractitionerOpinion() {
    let replies = TestAdvisor.conversation(["what's a principal engineer?", "is that a management role?"])
    #expect(replies[1].entities.roles == [.principalEngineer])
    #expect(
      replies[1].text.contains(
        "Will Larson (2020) argues that in technology companies, principal engineers, like staff engineers, are senior individual contributors on a technical track beside management"
      ))
  }

  @Test func aRoleWithoutANoteHasNone() {
    #expect(!TestAdvisor.reply("what does an engineering director do?").text.contains("argues"))
  }

  @Test func theFieldItselfIsDefinedFromTheArticle() {
    let reply = TestAdvisor.reply("What is engineering management?")
    #expect(reply.intent == .roleOverview)
    #expect(reply.entities.roles.isEmpty)
    #expect(
      reply.text.hasPrefix("Engineering management:\nEngineering management is a discipline where technical"))
    #expect(
      reply.text.contains(
        "The usual progression: project engineer → engineering manager → engineering director."))
    #expect(reply.answer.sources == [.article])
  }

  @Test func dutiesWithoutARoleOrTheFieldAskWhichRole() {
    let reply = TestAdvisor.reply("what are the main duties?")
    #expect(reply.intent == .roleOverview)
    #expect(reply.text.hasPrefix("Which role do you mean?"))
  }

  @Test func managerVersusDirectorCoversEveryDimensionOfTheArticle() {
    let text = TestAdvisor.reply("engineering manager vs engineering director").text
    for row in KnowledgeBase.standard.managerVersusDirector { #expect(text.contains(row.dimension)) }
    #expect(text.contains("tactical") && text.contains("strategic"))
  }

  @Test func threeRolesAreSetSideBySide() {
    let reply = TestAdvisor.reply("compare EM, director and VP")
    #expect(reply.intent == .compare)
    #expect(reply.text.hasPrefix("Engineering manager vs engineering director vs VP of engineering"))
    #expect(reply.text.contains("- VP of engineering: "))
  }

  @Test func reportsToNamesTheArticlesReportingLine() {
    let text = TestAdvisor.reply("who does an engineering director report to?").text
    #expect(
      text.contains("VP of engineering") && text.contains("chief technology officer") && text.contains("CEO"))
  }

  @Test func unknownReportingLineIsAdmitted() {
    let text = TestAdvisor.reply("who does a systems engineer report to?").text
    #expect(text.contains("do not say"))
  }

  @Test func memDurationAndMbaPremiumComeFromTheArticleAndGmac() {
    #expect(TestAdvisor.reply("how long is an MEM?").text.lowercased().contains("one to two years"))
    let premium = TestAdvisor.reply("how much more do MBA graduates earn?")
    #expect(premium.intent == .degreeValue)
    #expect(premium.text.contains("$30,000") && premium.text.contains("GMAC"))
  }

  @Test func certificationsExplainWhatTheyAre() {
    #expect(TestAdvisor.reply("what is a CSM?").text.lowercased().contains("scrummaster"))
    #expect(TestAdvisor.reply("what does PMP stand for?").text.contains("Project Management Professional"))
    #expect(TestAdvisor.reply("what is CPE?").text.contains("do not say who issues it"))
  }

  @Test func aCertificationNamesTheRolesWhoseFilesListIt() {
    let reply = TestAdvisor.reply("what jobs can I get with a CSM?")
    #expect(reply.intent == .certifications)
    #expect(
      reply.text.contains(
        "Roles it helps: project engineer, project manager and engineering project manager."))
    #expect(reply.text.contains("Sources: Scrum Alliance; the article"))
  }

  @Test func offTopicQuestionsGetAPlainRefusal() {
    let reply = TestAdvisor.reply("what's the weather like?")
    #expect(reply.intent == .unknown)
    #expect(reply.text.contains("engineering-management career path"))
  }

  @Test(arguments: [
    "初识PMP", "経営者としてCTOがすべきこと", "Что делает инженер-менеджер?", "Quel est le salaire d’un chef de projet ?",
    "Was ist ein Projektingenieur?", "O que faz um gerente de projetos", "¿Qué hace un gerente de proyectos?",
    "quanto guadagna un ingegnere?", "¿Cuál es el mejor camino para ser jefe de obra?",
    "Was verdient ein Projektleiter mit Master?", "Il faut combien d'années pour devenir directeur ?",
  ])
  func aQuestionNotInEnglishIsToldTheAdvisorReadsEnglish(question: String) {
    let reply = TestAdvisor.reply(question)
    #expect(reply.intent == .unknown)
    #expect(reply.text.hasPrefix("I can only read questions in English"))
  }

  @Test(arguments: [
    "asdfgh", "What is the salary of a chef de projet?",
    "what is the weather like in Los Angeles or Las Vegas?",
  ])
  func aDeclinedQuestionInEnglishGetsThePlainRefusal(question: String) {
    #expect(TestAdvisor.reply(question).text.hasPrefix("I can only answer questions about"))
  }

  @Test func howLongACertificationTakesWithNoneNamedListsThem() {
    // Found by advisor-fuzz: the time of no certification was an empty answer.
    let reply = TestAdvisor.reply(
      "long it takes, whether it pays off, and what the common certifications are for.")
    #expect(reply.intent == .certifications)
    #expect(reply.text.hasPrefix("Certifications that help on the path"))
  }

  @Test func anUnsureQuestionOffersTheLikeliestTopics() throws {
    let advisor = Advisor(knowledge: .standard, intents: try TestAdvisor.intents(unsureMargin: 1))
    var state = ConversationState()
    let reply = advisor.respond(to: "engineering manager skills salary", state: &state)
    #expect(reply.intent == .unknown)
    #expect(reply.text.contains("not sure"))
    #expect(reply.text.contains("- "))
  }

  /// Questions across every intent and many roles, for the property tests below.
  static let questions: [String] = {
    var questions = [
      "how much do engineering managers make?", "which industries pay the most?",
      "is an MBA worth it?", "is an MEM worth it?", "is there demand for EMs?",
      "what certifications help?", "what is the PMP?", "what is lean six sigma?",
      "what does the career path look like?", "how long to reach mid level?",
      "what can I specialize in?", "which industries hire?", "EM salary in aerospace?",
    ]
    for role in RoleID.contract {
      let name = KnowledgeBase.standard.role(role)?.title ?? role.rawValue
      questions += [
        "what does a \(name) do?", "how much does a \(name) make?", "\(name) skills?",
        "who does a \(name) report to?", "what comes after \(name)?", "how do I become a \(name)?",
        "how long does it take to become a \(name)?", "\(name) vs engineering manager",
        "which industries hire a \(name)?", "outlook for a \(name)?",
      ]
    }
    return questions
  }()

  @Test func everyDollarFigureInAnAnswerIsInTheKnowledgeBase() {
    let known = KnowledgeBaseCorpus.text
    let advisor = TestAdvisor.advisor()
    for question in Self.questions {
      var state = ConversationState()
      let text = PlainRenderer.render(advisor.respond(to: question, state: &state).answer)
      for amount in KnowledgeBaseCorpus.dollarAmounts(in: text) {
        #expect(known.contains(amount), "'\(question)' states '\(amount)', which no source gives")
      }
    }
  }

  @Test func everyAnswerWithAFigureEndsWithItsSourcesNamedOnce() {
    let advisor = TestAdvisor.advisor()
    for question in Self.questions {
      var state = ConversationState()
      let answer = advisor.respond(to: question, state: &state).answer
      let text = PlainRenderer.render(answer)
      guard text.contains("$") else { continue }
      #expect(!answer.sources.isEmpty, "'\(question)': a figure without a source")
      #expect(Set(answer.sources).count == answer.sources.count, "'\(question)': a source named twice")
      guard case .sources(let names)? = answer.blocks.last else {
        Issue.record("'\(question)': no Sources line at the end")
        continue
      }
      #expect(Set(names).count == names.count, "'\(question)': a source named twice")
      #expect(!text.contains("(the article)"), "'\(question)': a citation left inline")
    }
  }
}

/// All the text of the knowledge base, to check answers against.
enum KnowledgeBaseCorpus {
  static let text: String = {
    let knowledge = KnowledgeBase.standard
    var parts: [String] = []
    func add(_ figures: [Figure]) { parts += figures.map { "\($0.amount) \($0.measure) \($0.scope ?? "")" } }
    for role in knowledge.roles {
      add(role.pay.sourced?.value ?? [])
      parts += role.skills.map(\.value) + role.duties.map(\.value) + [role.summary.value]
    }
    add(knowledge.fieldPay)
    add(knowledge.outlookFigures)
    add(knowledge.industryFacts.payFigures)
    for degree in knowledge.degrees {
      add(degree.figures); parts += degree.value.map(\.value) + degree.teaches.map(\.value)
    }
    for item in knowledge.certifications {
      add(item.figures)
      parts += item.value.map(\.value) + item.requirements.map(\.value) + [item.summary.value]
    }
    for item in knowledge.industries { add(item.figures); parts += item.notes.map(\.value) }
    for item in knowledge.disciplines { add(item.figures) }
    parts += knowledge.outlook.map(\.value) + knowledge.educationNotes.map(\.value)
    return parts.joined(separator: "\n")
  }()

  /// "$121,560", "$90,000", "$150,000+" and the like.
  static func dollarAmounts(in text: String) -> [String] {
    var amounts: [String] = []
    var current: String?
    for character in text {
      if character == "$" {
        current = "$"
      } else if var amount = current, character.isNumber || character == "," || character == "." {
        amount.append(character)
        current = amount
      } else if let amount = current {
        amounts.append(amount.trimmingTrailingPunctuation)
        current = nil
      }
    }
    if let current { amounts.append(current.trimmingTrailingPunctuation) }
    return amounts.filter { $0.count > 1 }
  }
}

extension String {
  fileprivate var trimmingTrailingPunctuation: String {
    var text = self
    while let last = text.last, last == "," || last == "." { text.removeLast() }
    return text
  }

  @Test func aReplyNamesASourceOfItsOwnInTheOneSourcesLine() throws {
    let file = """
      intent: pets
      summary: Pets at work.
      weight 5: dog
      reply [class-notes]: Pets are outside what this advisor covers.
      reply [article]: Engineering managers lead engineering teams.
      """
    let library = try IntentLibrary(files: [("pets.intent", file)])
    let knowledge = KnowledgeBase.standard
    var answer = AnswerComposer(knowledge: knowledge, intents: library).replies(IntentID("pets"))
    answer.gatherCitations(from: knowledge.sources)
    #expect(answer.blocks.first == .text("Pets are outside what this advisor covers."))
    #expect(answer.blocks.last == .sources([knowledge.citation(of: .article), "class-notes"]))
    #expect(answer.blocks.filter { if case .sources = $0 { true } else { false } }.count == 1)
  }
}
