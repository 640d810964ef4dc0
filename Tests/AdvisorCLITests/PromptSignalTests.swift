import Foundation
import Testing

/// Issue 12, cases 9 and 17: Ctrl-\ and resizing the window at the prompt.
@Suite struct PromptSignalTests {
  private let enter = "\r"
  private let controlBackslash = "\u{1C}"
  private let controlD = "\u{4}"

  @Test func controlBackslashIsIgnoredAndTheLineKept() throws {
    let sandbox = try Sandbox()
    let terminal = try sandbox.startAdvisor()
    try terminal.waitFor("advisor> ")
    terminal.type("what does a")
    try terminal.waitFor("what does a")
    terminal.type(controlBackslash)
    try terminal.waitFor("advisor> what does a")
    terminal.type(" cto do?" + enter)
    try terminal.waitFor("Chief technology officer (executive stage")
    try terminal.waitFor("> ")
    terminal.type(controlD)
    #expect(try terminal.waitForExit() == 0)
    #expect(!terminal.screen.contains("crashed"))
  }

  @Test func resizingMidLineRedrawsTheLine() throws {
    let sandbox = try Sandbox()
    let terminal = try sandbox.startAdvisor(columns: 80)
    try terminal.waitFor("advisor> ")
    terminal.type("what does a director")
    try terminal.waitFor("what does a director")
    terminal.resize(columns: 40)
    try terminal.waitFor("advisor> what does a director")
    terminal.type(" do?" + enter)
    try terminal.waitFor("Engineering director\n(advanced stage")
    let raw = String(decoding: terminal.output, as: UTF8.self)
    #expect(raw.contains("what does a director\r\u{1B}[J"), "\(raw.debugDescription.prefix(300))")
    try terminal.waitFor("> ")
    terminal.type(controlD)
    #expect(try terminal.waitForExit() == 0)
  }
}

/// Issue 12, case 17: the prompt's first screen and its names.
@Suite struct PromptTextTests {
  @Test func theFirstScreenHasAHintAndComparedRolesAreNamed() throws {
    let sandbox = try Sandbox()
    let terminal = try sandbox.startAdvisor()
    let first = try terminal.waitFor("advisor> ")
    #expect(first.contains(":help shows examples"))
    terminal.type("engineering manager vs engineering director?\r")
    try terminal.waitFor("advisor (engineering manager, engineering director)> ")
    terminal.type("\u{4}")
    #expect(try terminal.waitForExit() == 0)
    #expect(!terminal.screen.contains("+1"))
  }
}
