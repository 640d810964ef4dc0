import Testing

@testable import AdvisorCore

/// `:ladder`: the career ladder as a diagram at 60 columns and as a list below that.
@Suite struct LadderDiagramTests {
  private func diagram(role: RoleID? = nil, goal: RoleID? = nil) -> LadderDiagram {
    var profile = Profile()
    profile.role = role
    profile.targetRole = goal
    return LadderDiagram(advisor: TestAdvisor.advisor(), profile: profile)
  }

  @Test(arguments: [12, 20, 40, 59, 60, 80, 200])
  func everyLineFitsTheWidth(width: Int) {
    let lines = diagram(role: "project_engineer", goal: "cto").text(width: width).split(separator: "\n")
    let widest = lines.map(\.count).max() ?? 0
    #expect(widest <= min(width, LadderDiagram.diagramWidth))
  }

  @Test func theDiagramMarksTheRoleAndTheGoalOnce() {
    let text = diagram(role: "project_engineer", goal: "cto").text(width: 80)
    #expect(text.hasPrefix("The career ladder, top rung first:\n\n+- Executive (the article) ---"))
    let here = "| Project engineer                         <- you are here |"
    let goal = "| Chief technology officer                    <- your goal |"
    #expect(text.components(of: here) == 1)
    #expect(text.components(of: goal) == 1)
    #expect(text.contains("| Typical time: Between five and eight years, depending on |"))
    #expect(text.contains("| From engineering director: VP of engineering or chief    |"))
    #expect(text.hasSuffix("\n\nYou are here: project engineer. Your goal: chief technology\nofficer."))
  }

  @Test func theSameRoleAsGoalHasBothMarks() {
    let text = diagram(role: "engineering_manager", goal: "engineering_manager").text(width: 60)
    #expect(text.contains("| Engineering manager           <- you are here, your goal |"))
  }

  @Test func belowSixtyColumnsTheLadderIsAList() {
    let text = diagram(goal: "construction_manager").text(width: 50)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      Array(lines.prefix(3)) == [
        "The career ladder, top rung first:",
        "Executive (the article): senior engineering",
        "  director; VP of engineering; chief technology",
      ])
    #expect(text.contains("  manager; construction manager [your goal]\n"))
    #expect(
      text.hasSuffix(
        "\n\nTell me your role (\"I'm a project engineer\") to be\nmarked on the ladder. Your goal: construction\nmanager."
      ))
  }
}

extension String {
  /// How many times `part` occurs.
  fileprivate func components(of part: String) -> Int {
    var count = 0
    var rest = self[...]
    while let range = rest.range(of: part) {
      count += 1
      rest = rest[range.upperBound...]
    }
    return count
  }
}
