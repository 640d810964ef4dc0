import Foundation
import Testing

/// `advisor --knowledge DIR`: an edited copy of `Knowledge/` answers with no Swift edited, and a
/// mistake in it is one line naming the file and line.
@Suite struct KnowledgeOptionTests {
  /// A copy of `Knowledge/` in a temporary folder.
  private func copyOfKnowledge() throws -> URL {
    let copy = try BinaryRunner.temporaryFolder().appendingPathComponent("Knowledge")
    try FileManager.default.copyItem(
      at: BinaryRunner.packageRoot.appendingPathComponent("Knowledge"), to: copy)
    return copy
  }

  /// Rewrites one file of the copy, line by line.
  private func edit(_ file: String, in copy: URL, _ change: ([String]) -> [String]) throws {
    let url = copy.appendingPathComponent(file)
    let lines = try String(contentsOf: url, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    try change(lines.map(String.init)).joined(separator: "\n").write(
      to: url, atomically: true, encoding: .utf8)
  }

  @Test func aNewRoleFileIsUnderstoodAndAnswered() throws {
    let copy = try copyOfKnowledge()
    let source = copy.appendingPathComponent("roles/engineering_manager.role")
    var lines = try String(contentsOf: source, encoding: .utf8).split(separator: "\n").map(String.init)
    lines = lines.filter { !$0.hasPrefix("order:") }.map { line in
      if line.hasPrefix("id:") { return "id: quality_manager" }
      if line.hasPrefix("title:") { return "title: Quality manager" }
      if line.hasPrefix("aliases:") { return "aliases: quality manager, QM" }
      return line
    }
    try (lines.joined(separator: "\n") + "\n").write(
      to: copy.appendingPathComponent("roles/quality_manager.role"), atomically: true, encoding: .utf8)
    let summary = try #require(
      lines.first { $0.hasPrefix("summary [") }?.split(separator: ":", maxSplits: 1).last
    )
    .trimmingCharacters(in: .whitespaces)

    let result = try BinaryRunner.run(
      ["--knowledge", copy.path, "ask", "--json", "what does a quality manager do?"],
      in: try BinaryRunner.temporaryFolder())
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((object["entities"] as? [String: [String]])?["roles"] == ["quality_manager"])
    let answer = try #require(object["answer"] as? String)
    #expect(answer.hasPrefix("Quality manager"))
    #expect(answer.contains(summary))
  }

  @Test(arguments: [
    ("a line without a colon", "roles/cto.role", 22, "a colon is missing"),
    ("a fact citing an unknown source", "roles/cto.role", 6, "unknown source 'hearsay'"),
    ("a role without a title", "roles/cto.role", 1, "no 'title:' line"),
  ])
  func aMistakeIsOneLineNamingFileAndLine(mistake: String, file: String, line: Int, problem: String) throws {
    let copy = try copyOfKnowledge()
    try edit(file, in: copy) { lines in
      switch mistake {
      case "a line without a colon": lines.dropLast() + ["this line has no colon", ""]
      case "a fact citing an unknown source":
        lines.map { $0.replacingOccurrences(of: "summary [article]:", with: "summary [hearsay]:") }
      default: lines.filter { !$0.hasPrefix("title:") }
      }
    }
    let result = try BinaryRunner.run(
      ["--knowledge", copy.path, "ask", "what does a CTO do?"], in: try BinaryRunner.temporaryFolder())
    #expect(result.status == 65, "\(mistake)")
    #expect(result.stdout.isEmpty)
    let errorLines = result.stderr.split(separator: "\n")
    #expect(errorLines.count == 1, "\(result.stderr)")
    #expect(
      errorLines.first?.hasPrefix("advisor: \(copy.path)/\(file):\(line): ") == true, "\(result.stderr)")
    #expect(result.stderr.contains(problem), "\(result.stderr)")
  }

  @Test func anUnreadableFolderExits66() throws {
    let result = try BinaryRunner.run(
      ["--knowledge", "/nonexistent/knowledge", "ask", "hi"], in: try BinaryRunner.temporaryFolder())
    #expect(result.status == 66)
    #expect(result.stderr == "advisor: /nonexistent/knowledge: cannot be read: not a readable folder\n")
  }

  @Test func transcriptExpectationsUseTheLoadedIDs() throws {
    let copy = try copyOfKnowledge()
    try FileManager.default.copyItem(
      at: copy.appendingPathComponent("roles/engineering_manager.role"),
      to: copy.appendingPathComponent("roles/quality_manager.role"))
    try edit("roles/quality_manager.role", in: copy) { lines in
      lines.filter { !$0.hasPrefix("order:") }.map { line in
        if line.hasPrefix("id:") { return "id: quality_manager" }
        if line.hasPrefix("title:") { return "title: Quality manager" }
        return line.hasPrefix("aliases:") ? "aliases: qm" : line
      }
    }
    let folder = try BinaryRunner.temporaryFolder()
    let transcript = folder.appendingPathComponent("qm.transcript")
    try "> what does a QM do?\n@ roles: quality_manager\n".write(
      to: transcript, atomically: true, encoding: .utf8)
    let withCopy = try BinaryRunner.run(["--knowledge", copy.path, "check", transcript.path], in: folder)
    #expect(withCopy.status == 0, "\(withCopy.stdout)\(withCopy.stderr)")
    let standard = try BinaryRunner.run(["check", transcript.path], in: folder)
    #expect(standard.status == 65)
    #expect(standard.stderr.contains("quality_manager"))
  }
}
