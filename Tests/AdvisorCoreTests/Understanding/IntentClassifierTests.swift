import Testing

@testable import AdvisorCore

@Suite struct IntentClassifierTests {
  @Test(arguments: [
    ("hi there", IntentID.greeting), ("bye for now", .farewell), ("ok, goodnight", .farewell),
    ("thanks a lot", .thanks),
    ("what can you do?", .help), ("what can you tell me about certifications?", .certifications),
    ("what do you cover besides salaries?", .help),
    ("what does a CTO do?", .roleOverview), ("what do directors and VPs typically do?", .roleOverview),
    ("who does a program manager report to?", .reportsTo), ("EM salary?", .salary),
    ("skills for a product manager", .skills), ("do I need a master's degree?", .education),
    ("is an MBA worth it?", .degreeValue), ("what is a CSM?", .certifications),
    ("what does the career ladder look like?", .careerPath),
    ("where does a staff engineer fit in all this?", .careerPath),
    ("what comes after principal engineer?", .nextStep), ("how do I become a CTO?", .become),
    ("how many years until I'm a director?", .timeline), ("PM vs program manager", .compare),
    ("what can I specialize in?", .specializations), ("which industries hire EMs?", .industries),
    ("is there demand for engineering directors?", .outlook),
    ("I'm a mechanical engineer with 5 years of experience.", .profile),
    ("what would you recommend I do next?", .advice), ("what's the capital of France?", .unknown),
    ("whats the state income tax on a 150k salary in ohio", .unknown),
    ("whats the highest job you can get in engineering", .careerPath),
    ("what roles are there in engineering management?", .careerPath),
    ("Do pharma companies pay engineering managers well compared to other sectors?", .salary),
    ("is EM literally just meetings all day", "work_life"),
    ("what's the diff in day to day between a PM and an EM", .compare),
    ("What remuneration might an R&D manager command?", .salary),
    ("Would program management be any calmer?", "work_life"),
    ("how do I get my toddler to sleep through the night?", .unknown),
    ("is a salaried engineer owed overtime pay under the FLSA?", .unknown),
    ("can my employer stop paying me overtime if I'm an hourly employee?", .unknown),
    ("can a pharmacist become an engineering manager?", .become), ("how do I become a dentist?", .unknown),
    ("I'm truly obliged to you", .thanks),
    ("what does an operations manager get up to?", .roleOverview),
    ("who is higher: engineering manager or principal engineer?", .compare),
    ("best time to get certified", .certifications),
    ("What do you think makes a great CTO?", .skills),
    ("is it still worth becoming an engineering director?", "track_choice"),
    ("does it make sense to become an engineering manager at 30?", "track_choice"),
    ("is there a roadmap to becoming a VP of engineering?", .become),
    ("are principal engineer jobs safer from layoffs?", .outlook),
    ("how do I convert my hourly rate into a yearly salary?", .unknown),
    ("in general, is any certification worth the money?", .certifications),
    ("is it hard to be a program manager?", "work_life"),
    ("I like this job as a PM but where to next?", .nextStep),
  ])
  func recognizesEveryIntent(question: String, intent: IntentID) {
    #expect(TestAdvisor.analyzer().analyze(question).classification.intent == intent, "'\(question)'")
  }

  @Test func confidenceIsBetweenZeroAndOne() {
    for question in ["", "asdfgh", "salary salary pay earn income", "what does an EM do", "hi"] {
      let confidence = TestAdvisor.analyzer().analyze(question).classification.confidence
      #expect(confidence >= 0 && confidence <= 1, "'\(question)': \(confidence)")
    }
  }

  @Test func nothingInTheDomainIsUnknown() {
    for question in ["asdfgh", "...", "k", "what is 2+2"] {
      #expect(TestAdvisor.analyzer().analyze(question).classification.intent == .unknown, "'\(question)'")
    }
  }

  @Test func smallTalkInALongQuestionIsSaidInPassing() {
    // "Signing off" and "see you later" do not make a goodbye of a question that long.
    let classification = TestAdvisor.analyzer().analyze(
      "I'm signing off soon, see you later, but should we repaint the kitchen before the winter comes?"
    ).classification
    #expect(classification.ranked.first?.intent == .farewell)
    #expect(classification.intent == .unknown)
    #expect(classification.passedOver == .farewell)
    #expect(
      Explanation.scores(classification).last?.contains(
        "(farewell is said in passing: a question this long asks more)")
        == true)
  }

  /// Thanks and goodbyes in a few other languages are said to an English-speaking advisor too,
  /// and are small talk, not a question in another language to decline.
  @Test(arguments: [
    ("Danke!", IntentID.thanks), ("merci beaucoup!", .thanks), ("ciao!", .farewell),
    ("adiós amigo", .farewell),
  ])
  func thanksAndGoodbyesInOtherLanguagesAreSmallTalk(question: String, intent: IntentID) {
    #expect(TestAdvisor.conversation([question])[0].intent == intent)
  }

  /// Without its words, a goodbye or help is chosen only when likelier than not.
  ///
  /// A goodbye ends the prompt, so one the words never said must be likely; help is read off
  /// so little that a question with nothing likelier can fall to it. The price: "well that's
  /// it then" reads as a goodbye at under 50% and is passed over.
  @Test(arguments: [
    ("well that's it then", IntentID.farewell),
    ("So, what exactly does a software engineer in R&D do?", .help),
  ])
  func withoutItsWordsAnUnlikelyReadingIsPassedOver(question: String, intent: IntentID) {
    let passed = TestAdvisor.analyzer().analyze(question).classification
    #expect(passed.ranked.first?.intent == intent)
    #expect(passed.intent != intent)
    #expect(passed.passedOver == intent)
    #expect(
      Explanation.scores(passed).last?.contains("(\(intent.rawValue) needs its words, and none are here)")
        == true)
  }

  @Test func smallTalkWithoutItsWordsIsChosenWhenLikelierThanNot() {
    let analyzer = TestAdvisor.analyzer()
    // Likelier than not, learned small talk stands without its words: "gotta dip".
    for (question, intent) in [("gotta dip", IntentID.farewell), ("bye", .farewell), ("k thx", .thanks)] {
      let classification = analyzer.analyze(question).classification
      #expect(classification.intent == intent, "'\(question)'")
      #expect(classification.passedOver == nil)
    }
  }

  /// Help is passed over only for want of its words: in a long question, they make it help.
  @Test func helpInALongQuestionIsStillHelp() {
    let long = "Good morning. Before I begin, could you tell me which subjects you are able to advise on?"
    #expect(TestAdvisor.analyzer().analyze(long).classification.intent == .help)
  }

  @Test func smallTalkBeforeAQuestionOnATopicGivesWayToTheQuestion() {
    let analyzer = TestAdvisor.analyzer()
    let courteous = analyzer.analyze(
      "Good morning to you! Could you kindly tell me what a director does?"
    ).classification
    #expect(courteous.ranked.first?.intent == .greeting)
    #expect(courteous.intent == .roleOverview)
    #expect(courteous.passedOver == .greeting)
    #expect(
      Explanation.scores(courteous).last?.contains(
        "(greeting is said in passing: the question asks about a topic)")
        == true)
    // Help is no topic: "is this the career advice thing?" after a hello stays a hello.
    #expect(analyzer.analyze("hi um is this the career advice thing?").classification.intent == .greeting)
  }

  @Test func closeCallsAreMarkedUnsure() throws {
    // With a margin wider than any gap, every answer but one of related intents is unsure.
    let analyzer = QuestionAnalyzer(knowledge: .standard, intents: try TestAdvisor.intents(unsureMargin: 1))
    let classification = analyzer.analyze("engineering manager skills salary").classification
    #expect(classification.isUnsure)
    #expect(classification.ranked.count >= 2)
    let none = QuestionAnalyzer(knowledge: .standard, intents: try TestAdvisor.intents(unsureMargin: 0))
    #expect(!none.analyze("engineering manager skills salary").classification.isUnsure)
  }

  @Test func belowTheOffTopicThresholdAQuestionIsDeclined() throws {
    let analyzer = QuestionAnalyzer(
      knowledge: .standard, intents: try TestAdvisor.intents(offTopicThreshold: 1.01))
    let classification = analyzer.analyze("what does a project engineer do?").classification
    #expect(classification.intent == .unknown)
    #expect(classification.ranked.first?.intent == .roleOverview)
    #expect(
      TestAdvisor.analyzer().analyze("what does a project engineer do?").classification.intent
        == .roleOverview)
  }

  @Test func aHandScoreIsTheSumOfItsFilesMatchedWeights() throws {
    let classification = TestAdvisor.analyzer().analyze("engineering manager salary").classification
    let salary = try #require(classification.ranked.first { $0.intent == .salary })
    #expect(salary.hand.score == classification.matched(of: salary).reduce(0) { $0 + $1.weight })
    #expect(classification.matched(of: salary).contains { $0.term == .words(["salary"]) })
  }

  /// A position or a promotion is a job, not a degree: asking whether one is worth it is no
  /// question of a degree's value.
  @Test(arguments: ["is a promotion to team lead worth it", "is taking the managerial position worth it?"])
  func aJobWorthTakingIsNoDegreesValue(question: String) throws {
    let classification = TestAdvisor.analyzer().analyze(question).classification
    let degreeValue = try #require(classification.ranked.first { $0.intent == .degreeValue })
    #expect(classification.matched(of: degreeValue).contains { $0.weight < 0 }, "'\(question)'")
    #expect(classification.intent != .degreeValue, "'\(question)'")
  }

  /// A degree named on the way to a role leaves the question a timeline, while a degree's
  /// own length stays education.
  @Test func aDegreeOnTheWayToARoleLeavesItATimeline() throws {
    let analyzer = TestAdvisor.analyzer()
    let onTheWay = analyzer.analyze("If I start an MBA next year, how long before I could be a VP?")
    #expect(onTheWay.classification.intent == .timeline)
    let length = analyzer.analyze("how long is an MBA?").classification
    #expect(length.intent == .education)
    let timeline = try #require(length.ranked.first { $0.intent == .timeline })
    #expect(length.matched(of: timeline).contains { $0.term == .entity(.degrees) && $0.weight < 0 })
  }

  /// The files' terms look through articles and stressing adverbs: "i would like to become"
  /// is matched in "I'd really like to become", and "what does <role> do" in "what does a PM
  /// actually do".
  @Test(arguments: [
    ("I'd really like to become a director", IntentID.profile, ["i", "would", "like", "to", "become"]),
    ("what does a PM actually do", .roleOverview, ["what", "does", "<role>", "do"]),
  ])
  func aTermIsMatchedThroughAStressingAdverb(question: String, intent: IntentID, term: [String]) throws {
    let classification = TestAdvisor.analyzer().analyze(question).classification
    let scored = try #require(classification.ranked.first { $0.intent == intent })
    #expect(classification.matched(of: scored).contains { $0.term == .words(term) }, "'\(question)'")
  }

  @Test func aScoreIsTheBiasThePullsOfTheFeaturesAndThePriorTimesTheHandScore() throws {
    let classification = TestAdvisor.analyzer().analyze("engineering manager salary").classification
    let salary = try #require(classification.ranked.first { $0.intent == .salary })
    let pulls = classification.pulls(towards: .salary)
    #expect(pulls.contains { $0.what == "bias" })
    #expect(pulls.contains { $0.what == "intent file" })
    #expect(abs(pulls.reduce(0) { $0 + $1.weight } - salary.score) < 1e-9)
  }

  @Test func probabilitiesSumToOneOverTheAllowedIntents() {
    let ranked = TestAdvisor.analyzer().analyze("what does a director do all day?").classification.ranked
    #expect(abs(ranked.reduce(0) { $0 + $1.probability } - 1) < 1e-9)
    #expect(ranked.map(\.probability) == ranked.map(\.probability).sorted(by: >))
  }

  @Test func explanationShowsTheArithmetic() {
    let text = Explanation.render(TestAdvisor.analyzer().analyze("how much does an enginering manager make"))
    #expect(text.contains("Corrected: enginering → engineering"))
    #expect(text.contains("Entities: roles: engineering_manager"))
    #expect(text.contains("Best, salary:"))
    #expect(text.contains("Runner-up, "))
    #expect(text.contains("intent file: \"how much\" +3, \"make\" +1.5"))
    #expect(text.contains("Chosen: salary"))
  }

  @Test func veryLongQuestionsAreCutAndSaySo() {
    let question = Array(repeating: "salary", count: 5000).joined(separator: " ")
    let analysis = TestAdvisor.analyzer().analyze(question)
    #expect(analysis.wasTruncated)
    #expect(analysis.words.count == QuestionAnalyzer.maximumWords)
    var state = ConversationState()
    let reply = TestAdvisor.advisor().respond(to: question, state: &state)
    #expect(reply.text.contains("I read only the first 60 and the last 60 words."))
  }

  /// A long post's question closes it: the middle is what is cut.
  @Test func aLongMessageIsReadAtItsStartAndItsEnd() {
    let background = Array(repeating: "lorem", count: 300).joined(separator: " ")
    let analysis = TestAdvisor.analyzer().analyze("Quick one. " + background + " how much does a CTO make?")
    #expect(Array(analysis.words.prefix(2)) == ["quick", "one"])
    #expect(Array(analysis.words.suffix(6)) == ["how", "much", "does", "a", "cto", "make"])
    #expect(analysis.entities.roles == [.cto])
  }
}

@Suite struct AmountTests {
  @Test(arguments: ["is $120k good?", "95k for an EM", "offered 150,000", "can u make 150K"])
  func moneyIsAnAmount(text: String) {
    #expect(QuestionAnalyzer.namesAmount(text), "'\(text)'")
  }

  @Test(arguments: ["should I max out my 401k?", "401K match", "is 4 years enough", "a 401(k)"])
  func aRetirementPlanOrACountIsNoAmount(text: String) {
    #expect(!QuestionAnalyzer.namesAmount(text), "'\(text)'")
  }
}
