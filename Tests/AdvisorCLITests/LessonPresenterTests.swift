import Foundation
import Testing

/// `advisor replay --step` on a terminal: a lesson presented one step at a time, driven
/// through a pseudo-terminal as a teacher would.
@Suite struct LessonPresenterTests {
  private let lesson = BinaryRunner.packageRoot.appendingPathComponent(
    "Transcripts/lesson-01-career-ladder.transcript"
  ).path

  @Test func showsNotesThenTheQuestionThenTheAnswerAndStopsOnQ() throws {
    let sandbox = try Sandbox()
    let terminal = try sandbox.startAdvisor(["replay", "--step", lesson])
    let opening = try terminal.waitFor("[Enter: next · b: back · q: stop] ")
    #expect(opening.contains("Lesson 1: a tour of the career ladder\n"))
    #expect(opening.contains("  Goal: students see the four stages"))
    #expect(opening.contains("(10 steps)"))

    terminal.typeLine("")
    let question = try terminal.waitFor("[Enter: next · b: back · q: stop] ")
    #expect(
      question.contains("[1/10]\n  Start with the whole picture. Ask the class to name the four stages"))
    #expect(question.contains("> what does the ladder from engineer to executive look like?\n"))
    #expect(!question.contains("The usual progression"))

    terminal.typeLine("")
    let answer = try terminal.waitFor("[Enter: next · b: back · q: stop] ")
    #expect(answer.contains("[1/10] answer\nThe usual progression: project engineer → engineering manager"))

    terminal.typeLine("")
    try terminal.waitFor("[2/10]")
    try terminal.waitFor("> :ladder")
    try terminal.waitFor("[Enter: next · b: back · q: stop] ")
    terminal.typeLine("b")
    let back = try terminal.waitFor("[Enter: next · b: back · q: stop] ")
    #expect(back.contains("[1/10]\n"))

    terminal.typeLine("q")
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func controlDStopsCleanly() throws {
    let sandbox = try Sandbox()
    let terminal = try sandbox.startAdvisor(["replay", "--step", lesson])
    try terminal.waitFor("[Enter: next · b: back · q: stop] ")
    terminal.typeLine("")
    try terminal.waitFor("[1/10]")
    try terminal.waitFor("[Enter: next · b: back · q: stop] ")
    terminal.typeLine("x")
    try terminal.waitFor("Press Enter for the next step, b then Enter to go back, q then Enter to stop.")
    terminal.typeLine("", end: "\u{4}")
    #expect(try terminal.waitForExit() == 0)
    #expect(!terminal.screen.contains("advisor:"))
  }
}
