import Testing

@testable import AdvisorCore

/// A message that gives background before it asks is answered as the question it ends with,
/// and one that opens with a greeting as what follows the greeting.
@Suite struct BackgroundQuestionTests {
  static let background =
    "Some background: I'm a project engineer at a water utility with eight years of experience, and I supervise two junior engineers. My degree is in civil engineering. What does a program manager do?"

  @Test func aMessageOfBackgroundIsReadAsTheQuestionItEndsWith() {
    let analyzer = TestAdvisor.analyzer()
    #expect(analyzer.analyze(Self.background).classification.intent == .profile)
    let message = analyzer.analyzeMessage(Self.background)
    #expect(message.classification.intent == .roleOverview)
    #expect(message.askedQuestion == "What does a program manager do?")
    #expect(message.entities.roles == [.projectEngineer, .programManager])
    #expect(
      Explanation.render(message).contains(
        "Read on its own, after background: the intents are those of \"What does a program manager do?\""
      ))
  }

  @Test func theProfileStillLearnsFromTheBackground() {
    var state = ConversationState()
    let reply = TestAdvisor.advisor().respond(to: Self.background, state: &state)
    #expect(reply.intent == .roleOverview)
    #expect(state.profile.role == .projectEngineer)
    #expect(state.profile.years == 8)
    #expect(state.profile.discipline == .civil)
  }

  /// Read whole, the ramble is off-topic or a weak guess; its question is not.
  @Test func aRambleEndingInAQuestionOnARoleIsReadAsThatQuestion() {
    let analyzer = TestAdvisor.analyzer()
    let message =
      "We're on mandatory Saturdays again this month. Do ops managers at food plants basically live at work?"
    let whole = analyzer.analyze(message).classification
    #expect(whole.intent == .unknown || whole.confidence < QuestionAnalyzer.weakestWholeReading)
    let analysis = analyzer.analyzeMessage(message)
    #expect(analysis.classification.intent == "work_life")
    #expect(analysis.askedQuestion == "Do ops managers at food plants basically live at work?")
  }

  /// An off-topic ramble whose question names no role stays off-topic, and background whose
  /// sentences ask no topic stays a statement.
  @Test(
    arguments: [
      ("I've got an interview at a software startup next week. What should I wear?", .unknown),
      (
        "Before I ask my real question: my dog keeps eating grass on our walks. Is that something to worry about?",
        .unknown
      ),
      ("I am a project engineer at a water utility. Eight years in, civil engineering degree.", .profile),
      ("I am a project engineer at a water utility. Eight years in. Thanks?", .profile),
    ] as [(String, IntentID)])
  func aMessageWhoseSentencesAskNoTopicKeepsItsWholeReading(message: String, intent: IntentID) {
    let analysis = TestAdvisor.analyzer().analyzeMessage(message)
    #expect(analysis.classification.intent == intent)
    #expect(analysis.askedQuestion == nil)
  }

  /// A sentence after the first that asks, in words or with a question mark, is what a
  /// message of background asks, even when it is not the last.
  @Test(
    arguments: [
      (
        "I am a mechanical engineer, eight years in automotive, and I lead two juniors informally. I would like your advice on how to start moving into management.",
        IntentID.advice, "I would like your advice on how to start moving into management."
      ),
      (
        "I am an electrical engineer with 12 years in defense and I have an MBA. What does a VP of engineering do? I am 45 years old and I live in Texas.",
        IntentID.roleOverview, "What does a VP of engineering do?"
      ),
    ])
  func backgroundIsReadAsTheSentenceThatAsks(message: String, intent: IntentID, asked: String) {
    let analyzer = TestAdvisor.analyzer()
    #expect(analyzer.analyze(message).classification.intent == .profile)
    let analysis = analyzer.analyzeMessage(message)
    #expect(analysis.classification.intent == intent)
    #expect(analysis.askedQuestion == asked)
  }

  /// Past the words a message is read to, its last sentences are still tried, and the
  /// conversation takes what they ask rather than a statement about oneself.
  @Test func anAskBeyondTheWordsReadIsStillWhatTheMessageAsks() {
    let background = String(repeating: "I am a project manager with eight years in construction. ", count: 14)
    let message = background + "I would like your advice on how to start moving into management."
    #expect(message.split(separator: " ").count > QuestionAnalyzer.maximumWords)
    var state = ConversationState()
    let reply = TestAdvisor.advisor().respond(to: message, state: &state)
    #expect(reply.intent == .advice)
  }

  @Test(
    arguments: [
      ("Background first. I run a team. What next?", ["Background first.", "I run a team.", "What next?"]),
      ("One. Two!  Three?", ["One.", "Two!", "Three?"]),
      ("What does a PM do?", ["What does a PM do?"]),
      ("Version 2.5 is out", ["Version 2.5 is out"]),
      ("Done. ", ["Done."]),
      ("  ", []),
    ] as [(String, [String])])
  func sentencesEndAtAStopFollowedBySpace(message: String, sentences: [String]) {
    #expect(QuestionAnalyzer.sentences(of: message) == sentences)
  }

  /// Plain ASCII is split on bytes, other text on characters: both split alike, at a tab or a
  /// line end as at a space.
  @Test(
    arguments: [
      ("Hi.\tI lead a team.\r\nWhat next?\n", ["Hi.", "I lead a team.", "What next?"]),
      ("Café first.\tI lead a team.\r\nWhat next?\n", ["Café first.", "I lead a team.", "What next?"]),
      ("Ok!\u{0B}Fine?\u{0C}Sure.", ["Ok!", "Fine?", "Sure."]),
      ("Olé!\u{0B}Fine?\u{0C}Sure.", ["Olé!", "Fine?", "Sure."]),
    ] as [(String, [String])])
  func sentencesEndAtAnyWhitespaceInAnyScript(message: String, sentences: [String]) {
    #expect(QuestionAnalyzer.sentences(of: message) == sentences)
  }

  /// ASCII messages are split on bytes; the split on characters, which other text takes, splits
  /// them alike.
  @Test(arguments: [
    "", "   ", "how long does it take?", "  how long does it take?  ",
    "I manage a team. How long does it take to become a director? ",
    "I manage a team.\nWhat are the hours like?\r\n", "Wait... what?! Really? ok",
    "e.g. this. ", "end.", "a.b. c", "Stop.\tGo", "Hi! \n\n ", "Two.  Spaces.  Here", ". Lead",
  ])
  func theSplitOnBytesAgreesWithTheSplitOnCharacters(message: String) {
    #expect(QuestionAnalyzer.sentences(of: message) == QuestionAnalyzer.characterSentences(of: message))
  }

  /// The text after a greeting of an ASCII message is read on bytes; read on characters, as
  /// other text is, it is the same, with the greeting file's phrases or any others.
  @Test(arguments: [
    "", "hi", "Hi there, how are you", "HEY!! so what's the pay like", "hello\r\nwhat does a PM do?",
    "  good morning: 3 quick questions here", "hiya there you go now", "hi2 you are here now",
    "Good Evening\tmy friend, what now", "hi...", "hey\r\n\r\nhow are you doing", "7 hi there you go",
    "Good day, sir, what next", "hi-five to all of you", "¡hi there you all", "@hi: one two three",
  ])
  func theTextAfterAGreetingOnBytesAgreesWithTheTextOnCharacters(message: String) {
    let greetings = QuestionAnalyzer.openingPhrases(of: TestAdvisor.library().definition(.greeting))
    for phrases in [greetings, ["good day", "hi", ""]] {
      #expect(
        QuestionAnalyzer.text(of: message, after: phrases)
          == QuestionAnalyzer.characterText(of: message, after: phrases))
    }
  }

  @Test func aGreetingBeforeAQuestionGivesWayToTheQuestion() {
    let analyzer = TestAdvisor.analyzer()
    let message = "hi quick q how mich does a progam manager make"
    #expect(analyzer.analyze(message).classification.intent == .greeting)
    let analysis = analyzer.analyzeMessage(message)
    #expect(analysis.classification.intent == .salary)
    #expect(analysis.afterGreeting == "quick q how mich does a progam manager make")
    #expect(analysis.askedQuestion == nil)
    #expect(Explanation.render(analysis).contains("Read without its greeting: the intents are those of"))
    #expect(analysis.entities.roles == [.programManager])
  }

  /// A message that asks first and gives its background after asks its first sentence.
  @Test func aQuestionBeforeItsBackgroundIsWhatTheMessageAsks() {
    let question =
      "After a six year career break, is it realistic to aim for project manager within a couple of years?"
    let analyzer = TestAdvisor.analyzer()
    let message = question + " I was a civil engineer before."
    #expect(analyzer.analyze(message).classification.intent == .profile)
    let analysis = analyzer.analyzeMessage(message)
    #expect(analysis.classification.intent == analyzer.analyze(question).classification.intent)
    #expect(analysis.classification.intent != .profile)
    #expect(analysis.askedQuestion == question)
  }

  @Test func aGreetingBeforeBackgroundThatNamesARoleIsAStatement() {
    let message =
      "Hi, I'm hoping you can help. Project manager at an engineering firm for 6 years, then took 3 years off to care for my kids."
    let analysis = TestAdvisor.analyzer().analyzeMessage(message)
    #expect(analysis.classification.intent == .profile)
    #expect(analysis.entities.roles == [.projectManager])
  }

  @Test(arguments: ["hi there, how are you?", "Good morning! Hope you are well.", "hey call mom", "hello"])
  func aGreetingFollowedByNoTopicStaysAGreeting(message: String) {
    let analysis = TestAdvisor.analyzer().analyzeMessage(message)
    #expect(analysis.classification.intent == .greeting)
    #expect(analysis.afterGreeting == nil)
  }

  /// A hello does not make the weather small talk: what follows it names the off-topic file.
  @Test func aGreetingBeforeAnOffTopicQuestionIsDeclined() {
    let message = "hey hey what's the weather like out there"
    let analyzer = TestAdvisor.analyzer()
    #expect(analyzer.analyze(message).classification.intent == .greeting)
    let analysis = analyzer.analyzeMessage(message)
    #expect(analysis.classification.intent == .unknown)
    #expect(analysis.afterGreeting == "hey what's the weather like out there")
  }

  /// What follows a greeting is not an ask of itself: facts after a hello still state them.
  @Test func aGreetingBeforeFactsStillStatesThem() {
    var state = ConversationState()
    let reply = TestAdvisor.advisor().respond(
      to:
        "Hiya. Chartered electrical engineer in rail signalling, 12 years, leading a team of 4. I'd like that formalised into an engineering manager title.",
      state: &state)
    #expect(reply.intent == .profile)
    #expect(state.profile.years == 12)
  }

  @Test(
    arguments: [
      ("Good morning, what does a director do?", "what does a director do?"),
      ("hey!! so what's the pay like", "so what's the pay like"),
      ("hi there", nil),
      ("Hiring managers: what do they want?", nil),
      ("what does a PM do, hi", nil),
    ] as [(String, String?)])
  func theTextAfterAGreetingStartsAfterItsWords(message: String, rest: String?) {
    let phrases = QuestionAnalyzer.openingPhrases(of: TestAdvisor.library().definition(.greeting))
    #expect(phrases.contains("good morning"))
    #expect(QuestionAnalyzer.text(of: message, after: phrases) == rest)
  }
}
