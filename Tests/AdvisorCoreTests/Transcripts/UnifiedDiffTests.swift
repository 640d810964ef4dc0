import Testing

@testable import AdvisorCore

/// The diff a failed turn prints.
@Suite struct UnifiedDiffTests {
  @Test func changedLineShowsRemovalBeforeAddition() {
    let diff = UnifiedDiff.diff(expected: ["a", "b", "c"], actual: ["a", "B", "c", "d"], line: 7)
    #expect(diff == "--- expected\n+++ actual\n@@ -7,3 +7,4 @@\n a\n-b\n+B\n c\n+d")
  }

  @Test func identicalLinesAreAllContext() {
    #expect(
      UnifiedDiff.diff(expected: ["x"], actual: ["x"])
        == "--- expected\n+++ actual\n@@ -1,1 +1,1 @@\n x")
  }
}
