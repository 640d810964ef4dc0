import Testing

@testable import AdvisorCore

/// The technical track and work-life topics, and the licence and technical master's
/// that came with them (issue 9, item 4; issue 10).
@Suite struct TopicAnswerTests {
  @Test func hoursAnswerGivesTheHandbooksFortyHours() {
    let reply = TestAdvisor.reply("do engineering managers put in long hours?")
    #expect(reply.intent == "work_life")
    #expect(reply.entities.roles == [.engineeringManager])
    #expect(reply.text.contains("some more than 40 hours a week"))
    #expect(!reply.text.contains("Gallup"), "answers the hours facet only")
  }

  @Test func teamSizeIsPartOfTheRoleOverviewAndAttributesPractitionerOpinion() {
    let reply = TestAdvisor.reply("how many direct reports does an engineering manager have?")
    let text = reply.text
    #expect(reply.intent == .roleOverview)
    #expect(text.hasPrefix("Team size:"))
    #expect(text.contains("Will Larson (2019) argues that a manager should support six to eight engineers"))
    #expect(text.contains("Charity Majors (2022) argues that"))
  }

  /// People reporting to a role are its team, not whom it reports to.
  @Test func peopleReportingToARoleAreItsTeamSize() {
    let reply = TestAdvisor.reply("would a CTO have many people reporting to him?")
    #expect(reply.intent == .roleOverview)
    #expect(reply.text.hasPrefix("Team size:"))
  }

  @Test func howManyPeopleTheUserWouldManageIsTheTeamSize() {
    let reply = TestAdvisor.reply("how many people would I manage?")
    #expect(reply.intent == .roleOverview)
    #expect(reply.text.hasPrefix("Team size:"))
  }

  @Test func executivesTravelButTheSourcesSayNothingOfManagersTravelling() {
    #expect(
      TestAdvisor.reply("does a CTO travel a lot?").text.contains("travel is common for top executives"))
    let text = TestAdvisor.reply("do engineering managers travel much?").text
    #expect(text.contains("The sources I have do not say anything about travel for engineering managers."))
    #expect(text.contains("The closest I know:"))
  }

  @Test func twoRolesAreAnsweredTogetherWithTheFactsAboutEither() {
    let both = TestAdvisor.reply("how much do VPs of engineering and engineering managers travel?")
    #expect(both.text.hasPrefix("Work and life: VP of engineering and engineering manager:"))
    #expect(both.text.contains("travel is common for top executives"))
    let neither = TestAdvisor.reply("do directors travel more than managers?").text
    #expect(
      neither.contains(
        "The sources I have do not say anything about travel for engineering directors or engineering managers."
      ))
  }

  @Test func theTechnicalTrackNamesStaffAndPrincipal() {
    let reply = TestAdvisor.reply("do I have to go into management to keep growing?")
    #expect(reply.intent == "track_choice")
    #expect(reply.text.contains("staff and principal engineers"))
  }

  @Test func managerialOrVersusIsTheTrackChoice() {
    let analysis = TestAdvisor.analyzer().analyze("How do I decide: technical or managerial?")
    #expect(analysis.classification.intent == "track_choice")
    #expect(Explanation.render(analysis).contains("intent file: \"technical or managerial\" +6"))
    let versus = TestAdvisor.analyzer().analyze("Technical vs management: which career track fits me?")
    #expect(versus.classification.intent == "track_choice")
    #expect(Explanation.render(versus).contains("\"technical vs management\" +6"))
  }

  @Test func beingReadyToManageIsAnsweredWithTheReadinessFactsAsBecomingOneToo() {
    // The track topic lends its readiness facet to `become` (`also answers become:`).
    let reply = TestAdvisor.reply("how do I know I'm ready to manage people?")
    #expect(reply.intent == .become || reply.intent == "track_choice")
    #expect(
      reply.text.contains("Charity Majors (2021) argues that you should not become an engineering manager"))
    #expect(!reply.text.contains("staff and principal engineers"), "answers the readiness facet only")
    let named = TestAdvisor.reply("how do I show I'm ready to become an engineering director?")
    #expect(named.intent == .become)
    #expect(named.text.hasPrefix("Becoming an engineering director"), "a named role keeps its own path")
  }

  @Test func aFasterWayIsAnsweredWithWhatTheSourcesSaySpeedsItUp() {
    let replies = TestAdvisor.conversation([
      "how many years does it take to become an engineering manager?", "is there any way to make it faster?",
    ])
    #expect(replies[1].intent == .advice)
    #expect(replies[1].entities.roles == [.engineeringManager])
    #expect(replies[1].text.hasPrefix("Getting there faster"))
    #expect(replies[1].text.contains("engineering management or a related field can accelerate your path"))
    #expect(replies[1].text.contains("Charity Majors (2021) argues that you should not become"))
    let become = TestAdvisor.reply("how do I get to engineering manager faster?")
    #expect(become.intent == .become)
    #expect(become.text.hasPrefix("Getting there faster"))
    #expect(
      TestAdvisor.reply("how do I become an engineering manager?").text.hasPrefix(
        "Becoming an engineering manager"),
      "the faster facet answers only when asked")
  }

  @Test func comparingRolesOnHoursAnswersWithTheHoursOfBoth() {
    let reply = TestAdvisor.reply("VP vs director, what are the hours like?")
    #expect(reply.intent == .compare)
    #expect(reply.text.hasPrefix("Work and life: VP of engineering and engineering director"))
    #expect(reply.text.contains("top executives often have irregular schedules"))
    let background = TestAdvisor.reply(
      "They handle the customer, the budget and the schedule across projects. How is a program manager different from a project manager?"
    )
    #expect(background.intent == .compare)
    #expect(
      background.text.hasPrefix("Program manager vs project manager"),
      "a schedule in the background is not asked")
  }

  @Test func goingBackGivesMajorsYearsAsHerOpinion() {
    let reply = TestAdvisor.reply("is it possible to go back to engineering after managing?")
    #expect(reply.intent == "track_choice")
    #expect(reply.text.contains("Charity Majors (2022) argues that after 2 or 3 years of management"))
  }

  @Test func hatingTheJobAsksWhetherOneCanGoBackButHatingConflictDoesNot() {
    let hate = TestAdvisor.reply("if I take a manager job and hate it, am I stuck forever")
    #expect(hate.intent == "track_choice")
    #expect(hate.text.contains("Charity Majors (2022) argues that after 2 or 3 years of management"))
    let conflict = TestAdvisor.reply(
      "I hate conflict and meetings drain me. Is that a sign I shouldn't go into management at all?")
    #expect(conflict.intent == "track_choice")
    #expect(!conflict.text.contains("Charity Majors (2022) argues that after 2 or 3 years of management"))
  }

  @Test func peWithLicenceWordsIsTheLicenceAndAloneTheProjectEngineer() {
    let advisor = TestAdvisor.advisor()
    #expect(advisor.analyze("is a PE license worth it").entities.certifications == [.peLicense])
    #expect(advisor.analyze("should I get my P.E. licence").entities.certifications == [.peLicense])
    #expect(
      advisor.analyze("professional engineer license requirements").entities.certifications == [.peLicense])
    let licensing = advisor.analyze("is getting licensed as a PE worth it?")
    #expect(licensing.entities.certifications == [.peLicense] && licensing.entities.roles.isEmpty)
    let alone = advisor.analyze("what does a PE do all day")
    #expect(alone.entities.roles == [.projectEngineer])
    #expect(alone.entities.certifications.isEmpty)
    let held = advisor.analyze("I'm a civil engineer with a PE and six years in water")
    #expect(held.entities.certifications == [.peLicense] && held.entities.roles.isEmpty)
    #expect(advisor.analyze("I'm a PE with 3 years of experience").entities.roles == [.projectEngineer])
    let needed = advisor.analyze("does a construction manager need a PE?")
    #expect(needed.entities.certifications == [.peLicense] && needed.entities.roles == [.constructionManager])
    // Another licence beside it makes licensing the subject.
    let chartered = advisor.analyze("how does CEng relate to the PE?")
    #expect(chartered.entities.certifications == [.peLicense] && chartered.entities.roles.isEmpty)
  }

  @Test func aRoleOffTheLadderHasNoClosestRungToOffer() {
    let text = TestAdvisor.reply("what comes after a logistics engineer?").text
    #expect(text.hasPrefix("The sources I have do not say what comes after a logistics engineer."))
    #expect(!text.contains(" \n") && !text.hasSuffix(" "), "no space left where the closest rung would be")
    #expect(!text.contains("The closest I know"))
  }

  @Test func aTechnicalMastersIsItsOwnDegree() {
    let analysis = TestAdvisor.advisor().analyze("MS in engineering or an MBA?")
    #expect(analysis.entities.degrees == [.msEngineering, .mba])
    #expect(
      TestAdvisor.advisor().analyze("is a master of engineering management worth it").entities.degrees == [
        .mem
      ])
  }
}

extension TopicAnswerTests {
  /// Practitioner writing is attributed wherever it is said: every statement from an
  /// opinion source reads "Author (year) argues that …", and opinion appears only in topics,
  /// whose composer attributes it.
  @Test func everyOpinionIsAttributedToItsAuthor() {
    let knowledge = KnowledgeBase.standard
    let composer = TestAdvisor.advisor().composer
    let opinions = knowledge.topics.flatMap(\.facts).map(\.statement).filter {
      knowledge.source($0.source)?.isOpinion == true
    }
    #expect(opinions.count >= 10)
    for fact in opinions {
      guard let source = knowledge.source(fact.source) else { continue }
      let text = composer.statement(fact).text
      #expect(text.hasPrefix(source.publisher), "\(text)")
      #expect(text.contains(" argues that "), "\(text)")
    }
    var outsideTopics: [Sourced<String>] = knowledge.outlook + knowledge.educationNotes
    outsideTopics += knowledge.certificationNotes
    for role in knowledge.roles { outsideTopics += role.duties + role.skills + [role.summary] }
    for degree in knowledge.degrees { outsideTopics += degree.value + degree.teaches + degree.needed }
    for item in knowledge.certifications { outsideTopics += item.value + item.requirements + item.needed }
    #expect(outsideTopics.allSatisfy { knowledge.source($0.source)?.isOpinion == false })
  }
}
