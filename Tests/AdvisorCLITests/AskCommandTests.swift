import AdvisorCore
import AdvisorTestSupport
import Foundation
import Testing

/// `advisor ask`, `--help`, `--version`, `--intents` and the exit codes, through the real
/// binary.
@Suite struct AskCommandTests {
  private func run(_ arguments: [String], input: Data = Data()) throws -> BinaryRunner.Run {
    try BinaryRunner.run(arguments, in: try BinaryRunner.temporaryFolder(), input: input)
  }

  @Test func askJsonReportsIntentRolesAndSourcedFigures() throws {
    let result = try run(["ask", "--json", "How much does an engineering manager make?"])
    #expect(result.status == 0)
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["turn"] as? Int == 1)
    #expect(object["intent"] as? String == "salary")
    #expect((object["entities"] as? [String: [String]])?["roles"] == ["engineering_manager"])
    let confidence = try #require(object["confidence"] as? Double)
    #expect(confidence > 0 && confidence <= 1)
    let answer = try #require(object["answer"] as? String)
    #expect(answer.contains("$121,560") && answer.contains("$90,000 to $150,000+"))
    #expect(
      answer.hasSuffix(
        "Sources: Payscale, cited by the article; the article; BLS Occupational Outlook Handbook"))
    let sources = try #require(object["sources"] as? [[String: Any]])
    #expect(sources.map { $0["id"] as? String } == ["payscale2025", "article", "blsOOH2024Compiled"])
    #expect(
      sources[0]["url"] as? String == "https://www.payscale.com/research/US/Job=Engineering_Manager/Salary")
    #expect(sources[0]["year"] as? String == "2025")
    #expect(sources[1]["url"] is NSNull)
    #expect(!answer.contains("\u{1B}"))
  }

  @Test func askPrintsPlainTextToAPipe() throws {
    let result = try run(["ask", "what", "does", "a", "CTO", "do?"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Chief technology officer"))
    #expect(!result.stdout.contains("\u{1B}"))
  }

  @Test func explainShowsTheScores() throws {
    let result = try run(["ask", "--explain", "salery of a directer"])
    #expect(result.stdout.contains("Corrected: salery → salary, directer → director"))
    #expect(result.stdout.contains("Chosen: salary"))
  }

  @Test(arguments: [
    (["ask"], "'ask' needs a question"),
    (["--colour"], "unknown option '--colour'"),
    (["frobnicate"], "unknown command 'frobnicate'"),
    (["--color", "purple", "ask", "hi"], "'--color' takes auto, always or never"),
    (["ask", "--intents"], "option '--intents' needs a value"),
    (["ask", "--knowledge"], "option '--knowledge' needs a value"),
  ])
  func usageErrorsExit64WithAHint(arguments: [String], message: String) throws {
    let result = try run(arguments)
    #expect(result.status == 64)
    #expect(result.stderr.contains(message))
    #expect(result.stderr.contains("Try 'advisor --help'."))
    #expect(result.stdout.isEmpty)
  }

  @Test func helpAndVersionExitZero() throws {
    let help = try run(["--help"])
    #expect(help.status == 0 && help.stdout.contains("advisor ask"))
    let version = try run(["--version"])
    #expect(version.status == 0 && version.stdout.hasPrefix("advisor "))
  }

  @Test func editedIntentsAreLoadedAtRunTime() throws {
    let folder = try BinaryRunner.temporaryFolder()
    let intents = BinaryRunner.packageRoot.appendingPathComponent("Intents")
    for name in try FileManager.default.contentsOfDirectory(atPath: intents.path)
    where name.hasSuffix(".intent") {
      try FileManager.default.copyItem(
        at: intents.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let salary = folder.appendingPathComponent("salary.intent")
    try (try String(contentsOf: salary, encoding: .utf8) + "weight 9: moolah\n").write(
      to: salary, atomically: true, encoding: .utf8)
    let result = try run(["--intents", folder.path, "ask", "--json", "engineering manager moolah"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("\"intent\": \"salary\""))
  }

  /// Issue 9's case: a whole copy of `Intents/`, corpus and all, plus `pets.intent`.
  @Test func aNewIntentFileIsLearnedAndAnsweredWithItsReply() throws {
    let folder = try BinaryRunner.intentFilesCopy(withCorpus: true)
    try SampleIntents.pets.write(
      to: folder.appendingPathComponent("pets.intent"), atomically: true, encoding: .utf8)
    // One home for both runs: the second reads the weights the first learned.
    let home = try BinaryRunner.temporaryFolder()
    let result = try BinaryRunner.run(
      ["--intents", folder.path, "ask", "--json", "can I bring my dog to the office?"], in: home)
    #expect(result.status == 0)
    #expect(result.stdout.contains("\"intent\": \"pets\""))
    #expect(result.stdout.contains("Pets are outside what this advisor covers."))
    #expect(result.stderr.isEmpty)
    let vocabulary = try BinaryRunner.run(["--intents", folder.path, "intents", "pets"], in: home)
    #expect(vocabulary.stdout.hasPrefix("pets: Pets at work.\nLearned from its examples, strongest first:\n"))
  }

  @Test func anExampleThatNoLongerClassifiesAsItsIntentIsAWarning() throws {
    let folder = try BinaryRunner.intentFilesCopy()
    try SampleIntents.petsWithAMisplacedExample.write(
      to: folder.appendingPathComponent("pets.intent"), atomically: true, encoding: .utf8)
    let result = try run(["--intents", folder.path, "ask", "hi"])
    #expect(result.status == 0)
    #expect(
      result.stderr.contains(
        "advisor: warning: \(folder.path)/pets.intent: example 'how much does an engineering manager make?' is now understood as salary, not pets"
      ))
  }

  @Test func intentsListsEachIntentWithItsLearnedKeywords() throws {
    let all = try run(["intents"])
    #expect(all.status == 0)
    #expect(all.stdout.contains("salary: Pay: salaries, ranges and which industries pay well.\n  "))
    let salary = try run(["intents", "salary"])
    let pulls = salary.stdout.split(separator: "\n").first { $0.hasPrefix("  for:     ") } ?? ""
    #expect(pulls.contains(" <role> make +"))
    #expect(salary.stdout.contains("\n  against: "))
    let unknown = try run(["intents", "nope"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("no intent 'nope'; intents are advice, become,"))
  }

  @Test func aMalformedIntentFileExits65NamingFileAndLine() throws {
    let folder = try BinaryRunner.temporaryFolder()
    try "intent: salary\nweight lots: pay\n".write(
      to: folder.appendingPathComponent("salary.intent"), atomically: true, encoding: .utf8)
    let result = try run(["--intents", folder.path, "ask", "hi"])
    #expect(result.status == 65)
    #expect(result.stderr.contains("salary.intent:2: 'lots' is not a weight"))
  }

  @Test func aMissingIntentsFolderExits66() throws {
    let result = try run(["--intents", "/nonexistent/intents", "ask", "hi"])
    #expect(result.status == 66)
    #expect(result.stderr.contains("/nonexistent/intents"))
  }

  @Test func theBinaryRunsFromAnotherFolderWithNoDataBesideIt() throws {
    let result = try BinaryRunner.runCopy(["ask", "what is a CSM?"], in: BinaryRunner.temporaryFolder())
    #expect(result.status == 0)
    #expect(result.stdout.lowercased().contains("scrummaster"))
  }

  @Test func oddInputNeverCrashes() throws {
    for question in ["\u{1B}[A\u{7}", String(repeating: "salary ", count: 5000), "🚀🚀", "   "] {
      let result = try run(["ask", "--", question])
      #expect(
        result.status == 0 || result.status == 64,
        "status \(result.status) for a \(question.count)-character question")
      #expect(!result.stderr.contains("Fatal error"))
    }
  }
}

@Suite struct OutputFailureTests {
  @Test func aFullDiskIsReportedWithStatusOne() throws {
    let process = Process()
    process.executableURL = BinaryRunner.executable
    process.arguments = ["ask", "hello"]
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    #expect(message.contains("cannot write the output"))
  }

  @Test func aClosedPipeEndsTheAdvisorQuietly() throws {
    let process = Process()
    process.executableURL = BinaryRunner.executable
    process.arguments = ["replay", BinaryRunner.packageRoot.appendingPathComponent("Transcripts").path]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    try output.fileHandleForReading.close()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 0)
    #expect(message.isEmpty)
  }
}
