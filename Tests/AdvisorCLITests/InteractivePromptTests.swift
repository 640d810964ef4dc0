import Foundation
import Testing

/// The interactive prompt, driven through a pseudo-terminal as a person would use it.
@Suite struct InteractivePromptTests {
  private enum Key {
    static let enter = "\r"
    static let tab = "\t"
    static let controlC = "\u{3}"
    static let controlD = "\u{4}"
    static let backspace = "\u{7F}"
    static let up = "\u{1B}[A"
  }

  @Test func answersAQuestionAndRecallsItInTheNextRun() throws {
    let sandbox = try Sandbox()
    let first = try sandbox.startAdvisor()
    try first.waitFor("advisor> ")
    first.type("what does a cto do?" + Key.enter)
    try first.waitFor("Chief technology officer (executive stage")
    try first.waitFor("advisor (chief technology officer)> ")
    first.type(Key.controlD)
    #expect(try first.waitForExit() == 0)
    #expect(sandbox.history.contains(#"what\040does\040a\040cto\040do?"#))

    let second = try sandbox.startAdvisor()
    try second.waitFor("advisor> ")
    second.type(Key.up)
    try second.waitFor("what does a cto do?")
    second.type(Key.enter)
    try second.waitFor("Chief technology officer (executive stage")
    try second.waitFor("> ")
    second.type(":quit" + Key.enter)
    #expect(try second.waitForExit() == 0)
    let entries = sandbox.history.split(separator: "\n")
    #expect(entries == ["_HiStOrY_V2_", #"what\040does\040a\040cto\040do?"#])
  }

  @Test func tabCompletesRoleNamesAndCommands() throws {
    let sandbox = try Sandbox()
    let terminal = try sandbox.startAdvisor()
    try terminal.waitFor("advisor> ")
    terminal.type("what does a principal eng" + Key.tab)
    try terminal.waitFor("what does a principal engineer ")
    terminal.type("do?" + Key.enter)
    try terminal.waitFor("Principal engineer (advanced stage")
    try terminal.waitFor("> ")
    terminal.type("how much does a pro")
    try terminal.waitFor("how much does a pro")
    terminal.type(Key.tab)
    let listing = try terminal.waitFor("> how much does a pro")
    #expect(listing.contains("project manager"))
    #expect(listing.contains("product manager"))
    terminal.type(Key.controlC)
    try terminal.waitFor("> ")
    terminal.type(":he" + Key.tab + Key.enter)
    try terminal.waitFor("Commands:")
    terminal.type(Key.controlD)
    #expect(try terminal.waitForExit() == 0)
  }

  /// `:ladder` fits the window: a diagram at 60 columns or more, a list below.
  @Test func theLadderFitsTheWindow() throws {
    let sandbox = try Sandbox()
    let terminal = try sandbox.startAdvisor(columns: 50)
    try terminal.waitFor("advisor> ")
    terminal.type(":ladder" + Key.enter)
    try terminal.waitFor("The career ladder, top rung first:\nExecutive (the article): senior engineering\n")
    try terminal.waitFor("advisor> ")
    terminal.resize(columns: 80)
    terminal.type(":ladder" + Key.enter)
    try terminal.waitFor("The career ladder, top rung first:\n\n+- Executive (the article) ---")
    try terminal.waitFor("advisor> ")
    terminal.type(Key.controlD)
    #expect(try terminal.waitForExit() == 0)
  }

  /// During a quiz the prompt says which question is asked; `:quiz stop` gives the prompt back.
  @Test func aQuizShowsItsQuestionInThePrompt() throws {
    let sandbox = try Sandbox()
    let terminal = try sandbox.startAdvisor()
    try terminal.waitFor("advisor> ")
    terminal.type(":quiz reporting --seed 1" + Key.enter)
    try terminal.waitFor("Question 1 of 2: Who does an engineering manager report to?")
    try terminal.waitFor("advisor (quiz, question 1 of 2)> ")
    terminal.type("a director" + Key.enter)
    try terminal.waitFor("Right. An engineering manager reports to")
    try terminal.waitFor("advisor (quiz, question 2 of 2)> ")
    terminal.type(":quiz stop" + Key.enter)
    try terminal.waitFor("Quiz stopped after 1 of 2 questions. Score: 1 of 1.")
    try terminal.waitFor("advisor> ")
    terminal.type(Key.controlD)
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func controlCAbandonsTheLineAndKeepsTheSession() throws {
    let sandbox = try Sandbox()
    let terminal = try sandbox.startAdvisor()
    try terminal.waitFor("advisor> ")
    terminal.type("half a quest")
    try terminal.waitFor("half a quest")
    terminal.type(Key.controlC)
    try terminal.waitFor("^C\nadvisor> ")
    terminal.type("hello" + Key.enter)
    try terminal.waitFor("Hello!")
    try terminal.waitFor("advisor> ")
    terminal.type(Key.controlD)
    #expect(try terminal.waitForExit() == 0)
    #expect(sandbox.history.contains("hello"))
    #expect(!sandbox.history.contains("half"))
  }

  @Test func editsAndAnswersMultibyteText() throws {
    let sandbox = try Sandbox()
    let terminal = try sandbox.startAdvisor()
    try terminal.waitFor("advisor> ")
    terminal.type("café😀 what does an engineering director doé")
    try terminal.waitFor("doé")
    terminal.type(Key.backspace + "?" + Key.enter)
    try terminal.waitFor("Engineering director (advanced stage")
    try terminal.waitFor("> ")
    terminal.type(Key.controlD)
    #expect(try terminal.waitForExit() == 0)
    #expect(!terminal.screen.contains("\u{FFFD}"))
    #expect(sandbox.history.contains(#"café😀\040what\040does\040an\040engineering\040director\040do?"#))
  }

  @Test func farewellAndTerminationSaveTheHistory() throws {
    let sandbox = try Sandbox()
    let parting = try sandbox.startAdvisor()
    try parting.waitFor("advisor> ")
    parting.type("what does a pm do?" + Key.enter)
    try parting.waitFor("> ")
    parting.type("bye" + Key.enter)
    try parting.waitFor("Goodbye")
    #expect(try parting.waitForExit() == 0)
    #expect(sandbox.history.contains(#"what\040does\040a\040pm\040do?"#))

    let terminated = try sandbox.startAdvisor()
    try terminated.waitFor("advisor> ")
    terminated.type("hello" + Key.enter)
    try terminated.waitFor("advisor> ")
    terminated.send(SIGTERM)
    #expect(try terminated.waitForExit() == 128 + SIGTERM)
    #expect(sandbox.history.contains("bye\nhello"))
  }

  @Test(arguments: [[:], ["NO_COLOR": "1"]])
  func stylesAnswersOnlyWhenColourIsAllowed(environment: [String: String]) throws {
    let sandbox = try Sandbox()
    let terminal = try sandbox.startAdvisor(environment: environment)
    try terminal.waitFor("advisor> ")
    let start = terminal.output.count
    terminal.type("what does a cto do?" + Key.enter)
    try terminal.waitFor("advisor (chief technology officer)> ")
    let output = String(decoding: terminal.output[start...], as: UTF8.self)
    let answer = try #require(output.range(of: "Chief technology officer"))
    let prompt = try #require(output.range(of: "advisor (chief technology officer)> "))
    let styled = output[..<answer.lowerBound].hasSuffix("\u{1B}[1m")
    #expect(styled == environment.isEmpty)
    #expect(output[answer.lowerBound..<prompt.lowerBound].contains("\u{1B}") == styled)
    terminal.type(Key.controlD)
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func wrapsAnswersToTheWidthAfterAResize() throws {
    let sandbox = try Sandbox()
    let terminal = try sandbox.startAdvisor(columns: 80)
    try terminal.waitFor("advisor> ")
    terminal.resize(columns: 40)
    terminal.type("what does an engineering director do?" + Key.enter)
    try terminal.waitFor("do?\n")
    let answer = try terminal.waitFor("advisor (engineering director)> ")
    let lines = answer.split(separator: "\n").dropLast()
    #expect(lines.count > 10)
    #expect(lines.allSatisfy { $0.count <= 40 })
    terminal.type(Key.controlD)
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func readsTheUsersEditrc() throws {
    let sandbox = try Sandbox()
    try "advisor:bind ^T ed-end-of-file\n".write(
      toFile: sandbox.home + "/.editrc", atomically: true, encoding: .utf8)
    let terminal = try sandbox.startAdvisor()
    try terminal.waitFor("advisor> ")
    terminal.type("\u{14}")
    #expect(try terminal.waitForExit() == 0)
  }

  @Test(arguments: ["state is a file", "history is a folder"])
  func warnsOnceWhenHistoryCannotBeKept(obstacle: String) throws {
    let sandbox = try Sandbox()
    if obstacle == "state is a file" {
      try Data().write(to: URL(fileURLWithPath: sandbox.stateHome))
    } else {
      try FileManager.default.createDirectory(atPath: sandbox.historyFile, withIntermediateDirectories: true)
    }
    let terminal = try sandbox.startAdvisor()
    try terminal.waitFor("advisor> ")
    terminal.type("hello" + Key.enter)
    try terminal.waitFor("Hello!")
    try terminal.waitFor("advisor> ")
    terminal.type(Key.controlD)
    #expect(try terminal.waitForExit() == 0)
    #expect(terminal.screen.components(separatedBy: "advisor: ").count - 1 == 1)
    #expect(terminal.screen.contains("history is off"))
  }
}
