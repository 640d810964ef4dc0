import Foundation
import Testing

/// Issue 12, cases 1, 3, 4 and 6: the history and the profile survive a full disk, two
/// sessions at once, a read-only state folder and symbolic links.
@Suite struct StateFileTests {
  private let enter = "\r"
  private let controlD = "\u{4}"
  private let up = "\u{1B}[A"

  private func folder(_ sandbox: Sandbox) throws -> String {
    let path = sandbox.stateHome + "/advisor"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  private func ask(_ terminal: PseudoTerminal, _ line: String, until text: String) throws {
    try terminal.waitFor("> ")
    terminal.type(line + enter)
    try terminal.waitFor(text)
  }

  @Test func aFullDiskLeavesTheHistoryWhole() throws {
    let sandbox = try Sandbox()
    let history = try folder(sandbox) + "/history"
    let entries = (1...900).map { "question number \($0) about engineering managers" }
    let saved =
      "_HiStOrY_V2_\n" + entries.map { $0.replacingOccurrences(of: " ", with: "\\040") + "\n" }.joined()
    try saved.write(toFile: history, atomically: true, encoding: .utf8)
    // Files may grow to 8 KB: the 40 KB history cannot be written again, as on a full disk.
    let terminal = try sandbox.startShell("trap '' XFSZ; ulimit -f 16; exec \"$ADVISOR\"")
    try ask(terminal, "hello", until: "Hello!")
    try terminal.waitFor("> ")
    terminal.type(controlD)
    #expect(try terminal.waitForExit() == 0)
    #expect(try String(contentsOfFile: history, encoding: .utf8) == saved)
    #expect(terminal.screen.contains("could not save history"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: sandbox.stateHome + "/advisor")
    #expect(!leftovers.contains { $0.contains(".tmp.") })
  }

  @Test func twoSessionsAtOnceKeepEachOthersFacts() throws {
    let sandbox = try Sandbox()
    let first = try sandbox.startAdvisor()
    let second = try sandbox.startAdvisor()
    try ask(first, "I'm a civil engineer.", until: "Noted:")
    try ask(second, "I have a PMP.", until: "Noted:")
    try first.waitFor("> ")
    first.type(controlD)
    #expect(try first.waitForExit() == 0)
    try second.waitFor("> ")
    second.type(controlD)
    #expect(try second.waitForExit() == 0)
    let profile = try String(contentsOfFile: sandbox.stateHome + "/advisor/profile", encoding: .utf8)
    #expect(profile.contains("discipline: civil"), "profile: \(profile)")
    #expect(profile.contains("certifications: pmp"), "profile: \(profile)")
  }

  @Test func aReadOnlyStateFolderStillGivesTheSavedProfileAndHistory() throws {
    let sandbox = try Sandbox()
    let state = try folder(sandbox)
    try "role: project_engineer\n".write(toFile: state + "/profile", atomically: true, encoding: .utf8)
    try "_HiStOrY_V2_\nwhat\\040does\\040a\\040cto\\040do?\n".write(
      toFile: state + "/history", atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: state)
    let terminal = try sandbox.startAdvisorUnprivileged()
    try ask(terminal, ":profile", until: "role: Project engineer")
    try terminal.waitFor("> ")
    terminal.type(up)
    try terminal.waitFor("what does a cto do?")
    terminal.type(enter)
    try terminal.waitFor("Chief technology officer")
    try terminal.waitFor("> ")
    terminal.type(controlD)
    #expect(try terminal.waitForExit() == 0)
    #expect(!terminal.screen.contains("no state folder"))
  }

  @Test func symbolicLinksToTheHistoryAndProfileStayLinks() throws {
    let sandbox = try Sandbox()
    let state = try folder(sandbox)
    let elsewhere = sandbox.root.appendingPathComponent("dotfiles").path
    try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
    try "_HiStOrY_V2_\nhello\n".write(toFile: elsewhere + "/history", atomically: true, encoding: .utf8)
    try "years: 2\n".write(toFile: elsewhere + "/profile", atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: state + "/history", withDestinationPath: "../../dotfiles/history")
    try FileManager.default.createSymbolicLink(
      atPath: state + "/profile", withDestinationPath: elsewhere + "/profile")
    let terminal = try sandbox.startAdvisor()
    try ask(terminal, "I'm a civil engineer.", until: "Noted:")
    try terminal.waitFor("> ")
    terminal.type(controlD)
    #expect(try terminal.waitForExit() == 0)
    let manager = FileManager.default
    #expect(try manager.destinationOfSymbolicLink(atPath: state + "/history") == "../../dotfiles/history")
    #expect(try manager.destinationOfSymbolicLink(atPath: state + "/profile") == elsewhere + "/profile")
    #expect(
      try String(contentsOfFile: elsewhere + "/history", encoding: .utf8).contains("I'm\\040a\\040civil"))
    let profile = try String(contentsOfFile: elsewhere + "/profile", encoding: .utf8)
    #expect(profile.contains("years: 2") && profile.contains("discipline: civil"))
  }
}
