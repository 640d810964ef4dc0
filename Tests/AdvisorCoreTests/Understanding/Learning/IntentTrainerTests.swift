import AdvisorTestSupport
import Testing

@testable import AdvisorCore

/// Learning the classifier's weights from example questions: deterministic, readable, and
/// open to intents a class adds with a file.
@Suite struct IntentTrainerTests {
  /// The intent files with a small corpus: every eighth example of each file, so a debug
  /// build trains in seconds.
  static func smallLibrary(extra: [(name: String, text: String)] = []) throws -> IntentLibrary {
    let files = try PackageRoot.files(in: "Intents").map { file in
      guard IntentLibrary.isExamplesFile(file.name) else { return file }
      let lines = file.text.split(separator: "\n").enumerated().filter { $0.offset % 8 == 0 }.map(\.element)
      return (file.name, lines.joined(separator: "\n"))
    }
    return try IntentLibrary(files: files + extra)
  }

  static func train(_ library: IntentLibrary) -> LearnedWeights {
    IntentTrainer.train(library.corpus, analyzer: QuestionAnalyzer(knowledge: .standard, intents: library))
  }

  @Test func theSameCorpusAlwaysGivesTheSameWeights() throws {
    let library = try Self.smallLibrary()
    let first = Self.train(library)
    #expect(first == Self.train(library))
    #expect(first.intents == library.definitions.map(\.intent))
    #expect(first.featureCount > 100)
    // What the corpus teaches, on top of the intent files: a question about pay is about
    // salary, and one about the weather is off-topic. (A single weight proves little: where
    // an intent file already counts "salary", the examples may pull it either way.)
    let analyzer = QuestionAnalyzer(knowledge: .standard, intents: library.with(learned: first))
    #expect(analyzer.analyze("what salary does a cto get?").classification.intent == .salary)
    #expect(analyzer.analyze("what's the weather forecast for tomorrow?").classification.intent == .unknown)
  }

  @Test func aWeightLineCountsTheQuestionsAfterItThatManyTimes() throws {
    let text = "em salary?\nweight: 3\n# how users ask\ncto pay\n"
    let questions = try LabelledQuestion.parse(file: "examples/salary.txt", text: text, intent: .salary)
    #expect(questions.map(\.text) == ["em salary?", "cto pay"])
    #expect(questions.map(\.weight) == [1, 3])
    #expect(questions.map(\.line) == [1, 4])
  }

  @Test(arguments: ["0", "10", "two", ""])
  func anExampleWeightOutsideOneToNineNamesItsFileAndLine(value: String) {
    let expected = IntentFileError(file: "examples/salary.txt", line: 2, problem: .badExampleWeight(value))
    #expect(throws: expected) {
      try LabelledQuestion.parse(
        file: "examples/salary.txt", text: "em salary?\nweight: \(value)\n", intent: .salary)
    }
  }

  @Test func aWeightedExamplePullsHarderThanTheSameExampleOnce() throws {
    func pull(weight: Int) throws -> Double {
      let extra = ("examples/more/salary.txt", "weight: \(weight)\nzorblefax\n")
      let weights = Self.train(try Self.smallLibrary(extra: [extra]))
      let salary = try #require(weights.intents.firstIndex(of: .salary))
      return weights.weights(of: "zorblefax").first { $0.intent == salary }?.weight ?? 0
    }
    #expect(try pull(weight: 4) > pull(weight: 1))
    #expect(try pull(weight: 1) > 0)
  }

  @Test func everyFeatureOfTheTableIsFoundAndNoOther() throws {
    let weights = Self.train(try Self.smallLibrary())
    let all = weights.allWeights()
    #expect(all.count == weights.featureCount)
    for (feature, pulls) in all.prefix(300) {
      #expect(weights.weights(of: feature).map(\.weight) == pulls.map(\.weight), "\(feature)")
    }
    #expect(weights.weights(of: "zzzz never seen").isEmpty)
    #expect(weights.weights(of: "").isEmpty)
  }

  @Test func theThresholdsComeFromHeldOutQuestions() {
    // Held out: one question the classifier gets right but only just, and one off-topic
    // question it declines, with close calls it gets wrong just as narrowly.
    let close = Calibration.Trial(scores: [1.8, 2, 0], allowed: [true, true, true], label: 0, unknown: 2)
    let trials = [
      Calibration.Trial(scores: [2, 1.9, 0], allowed: [true, true, true], label: 0, unknown: 2),
      Calibration.Trial(scores: [0, 0, 3], allowed: [true, true, true], label: 2, unknown: 2),
    ]
    // Asking back on 41 close calls (-20.5) clearly beats answering them (+1 -40).
    #expect(Calibration.choose(on: trials + Array(repeating: close, count: 40)).unsureMargin > 0)
    // Two wrong answers (+1 -2) beat asking back three times (-1.5), which costs a turn too.
    #expect(Calibration.choose(on: trials + Array(repeating: close, count: 2)).unsureMargin == 0)
    // Four wrong answers (+1 -4) lose to asking back five times (-2.5), but by less than the
    // noise of five questions: the simpler setting stands.
    let calibration = Calibration.choose(on: trials + Array(repeating: close, count: 4))
    #expect(calibration.unsureMargin == 0)
    #expect(calibration.offTopicThreshold == 0)
    #expect((0.5...3).contains(calibration.temperature))
  }

  @Test func offTopicExamplesAboutANewTopicDoNotOutweighItsOwnWords() throws {
    // The off-topic examples of Intents/ about pets, all of them (the small library keeps an
    // eighth): trained on as off-topic, they outweighed pets.intent's "dog".
    let petWords: Set<Substring> = ["dog", "dogs", "cat", "cats", "pet", "pets"]
    let aboutPets = try PackageRoot.files(in: "Intents")
      .filter { IntentLibrary.isExamplesFile($0.name) && $0.name.hasSuffix("unknown.txt") }
      .flatMap { $0.text.split(separator: "\n") }
      .filter { line in line.lowercased().split { !$0.isLetter }.contains { petWords.contains($0) } }
    #expect(aboutPets.count > 20)
    let library = try Self.smallLibrary(extra: [
      ("pets.intent", SampleIntents.pets), ("examples/pets/unknown.txt", aboutPets.joined(separator: "\n")),
    ])
    let advisor = Advisor(knowledge: .standard, intents: library)
    #expect(advisor.analyze("can I bring my dog to the office?").classification.intent == IntentID("pets"))
    #expect(advisor.analyze("what's the weather forecast for tomorrow?").classification.intent == .unknown)
  }

  @Test func aNewTopicStartsFromTheUsualBiasNotFromItsShareOfTheExamples() throws {
    // Three pets examples among hundreds would learn a bias that says pets is asked once in
    // hundreds of questions; that counts what the class wrote, not what people ask.
    let weights = Self.train(try Self.smallLibrary(extra: [("pets.intent", SampleIntents.pets)]))
    let established = weights.intents.indices.filter {
      ![IntentID.unknown, IntentID("pets")].contains(weights.intents[$0])
    }
    let usual = established.map { weights.bias[$0] }.reduce(0, +) / Double(established.count)
    let pets = try #require(weights.intents.firstIndex(of: IntentID("pets")))
    #expect(abs(weights.bias[pets] - usual) < 0.011)
    #expect(established.contains { abs(weights.bias[$0] - usual) > 0.1 })
  }

  @Test func anIntentAddedByAFileIsLearnedAndAnsweredWithItsReply() throws {
    let pets = SampleIntents.pets
    let library = try Self.smallLibrary(extra: [("pets.intent", pets)])
    let advisor = Advisor(knowledge: .standard, intents: library)
    var state = ConversationState()
    let reply = advisor.respond(to: "can I bring my dog to the office?", state: &state)
    #expect(reply.intent == IntentID("pets"))
    #expect(PlainRenderer.render(reply.answer) == "Pets are outside what this advisor covers.")
    #expect(
      advisor.analyze("can I bring my dog to the office?").classification.pulls(towards: IntentID("pets"))
        .contains {
          $0.what == "intent file"
        })
  }

  @Test func anExamplesFileOfAnUndefinedIntentIsRefusedWithItsFile() throws {
    #expect {
      try Self.smallLibrary(extra: [("examples/pets.txt", "can I bring my dog?\n")])
    } throws: { error in
      (error as? IntentFileError).map {
        $0.file == "examples/pets.txt" && $0.problem == .unknownIntent("pets")
      } ?? false
    }
  }

  @Test func anExampleThatNoLongerClassifiesAsItsIntentIsReported() throws {
    let moved = SampleIntents.petsWithAMisplacedExample
    let advisor = Advisor(
      knowledge: .standard, intents: try Self.smallLibrary(extra: [("pets.intent", moved)]))
    let warnings = advisor.misclassifiedExamples()
    #expect(
      warnings.contains(
        "pets.intent: example 'how much does an engineering manager make?' is now understood as salary, not pets"
      ))
  }
}
