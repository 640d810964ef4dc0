import Testing

@testable import AdvisorCore

/// Issue 12, case 1: the history file, written by the advisor itself in libedit's format.
@Suite struct PromptHistoryFileTests {
  @Test func writesLibeditsFormat() {
    let text = PromptHistoryFile.encode(["what does a cto do?", "a\\b\tc"])
    #expect(text == "_HiStOrY_V2_\nwhat\\040does\\040a\\040cto\\040do?\na\\\\b\\011c\n")
  }

  @Test func readsBackWhatItWritesAndWhatLibeditWrote() {
    let entries = ["what does a cto do?", "café 😀", "tab\there", "back\\slash", "esc\u{1B}[31m"]
    #expect(PromptHistoryFile.decode(Array(PromptHistoryFile.encode(entries).utf8)) == entries)
    let libedit = "_HiStOrY_V2_\nhello\\040world\nctrl\\^[x\\sy\n"
    #expect(PromptHistoryFile.decode(Array(libedit.utf8)) == ["hello world", "ctrl\u{1B}x y"])
  }

  @Test func mergesThisSessionsLinesAfterTheSavedOnes() {
    let merged = PromptHistoryFile.merged(saved: ["a", "b", "c"], added: ["c", "d", "d", "e"], limit: 4)
    #expect(merged == ["b", "c", "d", "e"])
  }
}
