import Testing

@testable import AdvisorCore

@Suite struct IntentFileParserTests {
  @Test func parsesWeightsRequirementsExclusionsAndExamples() throws {
    let text = """
      # a comment
      intent: salary
      summary: Pay.
      weight 3: salary, how much
      weight -1.5: <degree>
      requires: <role>, pay
      excludes: worth it
      example: How much does a CTO make?
      """
    let definition = try IntentFileParser.parse(text, file: "salary.intent")
    #expect(definition.intent == .salary)
    #expect(definition.summary == "Pay.")
    #expect(definition.weights.map(\.weight) == [3, 3, -1.5])
    #expect(
      definition.weights.map(\.term) == [.words(["salary"]), .words(["how", "much"]), .entity(.degrees)])
    #expect(definition.requires == [.entity(.roles), .words(["pay"])])
    #expect(definition.excludes == [.words(["worth", "it"])])
    #expect(definition.examples == ["How much does a CTO make?"])
  }

  @Test func whatAQuestionBecomesWhenItsItIsAThingIsRead() throws {
    let text = """
      intent: specializations
      when it is a degree: specializations
      when it is a certification: certifications
      when it is a specialization: next_step, career_path
      """
    let definition = try IntentFileParser.parse(text, file: "specializations.intent")
    #expect(definition.forDegree == [.specializations])
    #expect(definition.forCertification == [.certifications])
    #expect(definition.forSpecialization == [.nextStep, .careerPath])
  }

  @Test func phrasesMayHoldEntityPlaceholders() throws {
    let definition = try IntentFileParser.parse("intent: next_step\nweight 4: can <role> become", file: "f")
    #expect(definition.weights.first?.term == .words(["can", "<role>", "become"]))
  }

  /// Found by advisor-fuzz: text the tokenizer drops around a placeholder made a phrase of the
  /// placeholder alone, which scored as topic words and, written back, read as the entity.
  @Test func aPlaceholderAloneInAPhraseIsTheEntity() throws {
    let definition = try IntentFileParser.parse("intent: salary\nweight 2: - <role>, ? <degree>", file: "f")
    #expect(definition.weights.map(\.term) == [.entity(.roles), .entity(.degrees)])
  }

  @Test(arguments: [
    ("intent: salary\nweight x: pay", 2, IntentFileProblem.badWeight("x")),
    ("intent: salary\nweigth 2: pay", 2, .unknownDirective("weigth")),
    ("intent: Wages!", 1, .badIntentID("Wages!")),
    ("intent: pets\nreply: no \u{1B}[31mred", 2, .controlCharacter("U+001B")),
    ("intent: salary\n\nweight 2 pay", 3, .missingColon),
    ("intent: salary\nrequires: <job>", 2, .unknownEntityKind("job")),
    ("intent: salary\nweight 2: <rol> pay", 2, .unknownEntityKind("rol")),
    ("intent: salary\nexcludes: ,", 2, .emptyList("excludes")),
    ("summary: no intent line", 0, .missingIntentLine),
  ])
  func malformedFilesFailWithTheirFileAndLine(text: String, line: Int, problem: IntentFileProblem) {
    #expect(throws: IntentFileError(file: "bad.intent", line: line, problem: problem)) {
      try IntentFileParser.parse(text, file: "bad.intent")
    }
  }

  @Test func errorMessagesNameTheFileAndLine() {
    let error = IntentFileError(file: "Intents/salary.intent", line: 4, problem: .badWeight("x"))
    #expect(error.description.hasPrefix("Intents/salary.intent:4: 'x' is not a weight"))
  }

  @Test func anIntentDefinedTwiceIsRejected() {
    let files = [("a.intent", "intent: salary"), ("b.intent", "intent: salary")]
    #expect(throws: IntentFileError(file: "b.intent", line: 0, problem: .duplicateIntent("salary"))) {
      try IntentFileParser.parse(files: files)
    }
  }

  @Test func aLibraryNeedsIntentFiles() {
    #expect(throws: IntentFileError(file: "Intents", line: 0, problem: .noIntentFiles)) {
      try IntentLibrary(files: [("words.words", "alpha")])
    }
  }
}

@Suite struct RelatedIntentsTests {
  @Test func relatedIntentsAreParsedAndChecked() throws {
    let definition = try IntentFileParser.parse("intent: advice\nrelated: next_step, become", file: "f")
    #expect(definition.related == [.nextStep, .become])
    #expect(throws: IntentFileError(file: "f", line: 0, problem: .unknownIntent("nxt"))) {
      try IntentFileParser.parse(files: [("f", "intent: advice\nrelated: nxt")])
    }
  }

  @Test func aCloseCallBetweenRelatedIntentsIsAnswered() {
    let classification = TestAdvisor.analyzer().analyze("what would be the smartest next move for me?")
      .classification
    #expect(!classification.isUnsure)
    #expect([IntentID.advice, .nextStep].contains(classification.intent))
  }
}
