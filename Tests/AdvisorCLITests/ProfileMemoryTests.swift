import Foundation
import Testing

/// The profile kept between interactive sessions, and recording a lesson at the prompt.
@Suite struct ProfileMemoryTests {
  private var enter: String { "\r" }
  private var controlD: String { "\u{4}" }

  private func profileFile(_ sandbox: Sandbox) -> String { sandbox.stateHome + "/advisor/profile" }

  @Test func theProfileIsRememberedByTheNextSession() throws {
    let sandbox = try Sandbox()
    let first = try sandbox.startAdvisor()
    try first.waitFor("advisor> ")
    first.type("I'm a project engineer with 3 years of experience." + enter)
    try first.waitFor("Noted:")
    try first.waitFor("> ")
    first.type(controlD)
    #expect(try first.waitForExit() == 0)
    let saved = try String(contentsOfFile: profileFile(sandbox), encoding: .utf8)
    #expect(saved.contains("role: project_engineer") && saved.contains("years: 3"))
    let mode =
      try FileManager.default.attributesOfItem(atPath: profileFile(sandbox))[.posixPermissions] as? Int
    #expect(mode == 0o600)

    let second = try sandbox.startAdvisor()
    try second.waitFor("advisor> ")
    second.type(":profile" + enter)
    try second.waitFor("role: Project engineer")
    second.type(":forget" + enter)
    try second.waitFor("Your profile is erased.")
    second.type(controlD)
    #expect(try second.waitForExit() == 0)
    #expect(!(try String(contentsOfFile: profileFile(sandbox), encoding: .utf8)).contains("role:"))
  }

  @Test func aDamagedProfileIsSetAsideWithOneWarning() throws {
    let sandbox = try Sandbox()
    try FileManager.default.createDirectory(
      atPath: sandbox.stateHome + "/advisor", withIntermediateDirectories: true)
    try "role: wizard\n".write(toFile: profileFile(sandbox), atomically: true, encoding: .utf8)
    let terminal = try sandbox.startAdvisor()
    let screen = try terminal.waitFor("advisor> ")
    #expect(screen.contains("your saved profile was damaged"))
    #expect(screen.contains("profile:1: unknown role 'wizard'"))
    terminal.type("hello" + enter)
    try terminal.waitFor("Hello!")
    terminal.type(controlD)
    #expect(try terminal.waitForExit() == 0)
    #expect(FileManager.default.fileExists(atPath: profileFile(sandbox) + ".damaged"))
  }

  @Test func anUnwritableStateFolderWarnsOnceAndTheSessionGoesOn() throws {
    let sandbox = try Sandbox()
    // A file where the state folder should be: nothing can be saved there.
    try "".write(toFile: sandbox.stateHome, atomically: true, encoding: .utf8)
    let terminal = try sandbox.startAdvisor()
    try terminal.waitFor("advisor> ")
    terminal.type("I'm a civil engineer." + enter)
    var screen = try terminal.waitFor("Noted:")
    terminal.type("I have a PMP." + enter)
    screen += try terminal.waitFor("Project Management Professional")
    terminal.type("what should I do next?" + enter)
    screen += try terminal.waitFor("From what you told me")
    terminal.type(controlD)
    #expect(try terminal.waitForExit() == 0)
    let warnings = screen.components(separatedBy: "your profile").count - 1
    #expect(warnings == 1)
  }

  @Test func recordSavesTheRestOfTheSessionAsACheckableTranscript() throws {
    let sandbox = try Sandbox()
    let (terminal, lesson) = try sandbox.recordACTOQuestion()
    terminal.type(":stop" + enter)
    try terminal.waitFor("Saved 1 turns")
    terminal.type(controlD)
    #expect(try terminal.waitForExit() == 0)
    let text = try String(contentsOfFile: lesson, encoding: .utf8)
    #expect(text.contains("> what does a cto do?"))
    let check = try BinaryRunner.run(["check", lesson], in: sandbox.root)
    #expect(check.status == 0)
    #expect(check.stdout.contains("1 passed, 0 failed"))
  }

  /// Found by advisor-fuzz: a recording stopped before anything was asked was saved as a
  /// transcript without questions, which the `advisor check` the message suggests rejects.
  @Test func aRecordingWithNothingInItWritesNoFile() throws {
    let sandbox = try Sandbox()
    let home = URL(fileURLWithPath: sandbox.home)
    let lesson = sandbox.root.appendingPathComponent("empty.transcript").path
    let run = try BinaryRunner.run([], in: home, input: Data(":record \(lesson)\n:stop\n".utf8))
    #expect(run.status == 0)
    #expect(run.stdout.contains("Nothing was recorded"))
    #expect(!FileManager.default.fileExists(atPath: lesson))
  }
}
