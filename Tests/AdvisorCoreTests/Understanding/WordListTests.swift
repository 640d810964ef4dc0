import Testing

@testable import AdvisorCore

@Suite struct WordListTests {
  /// The search on the words' first eight bytes as numbers finds what a set finds: every word of
  /// the lists, and none of the near misses, among them words sharing their first eight bytes.
  @Test func theSearchOnNumbersAgreesWithASet() {
    let texts = EmbeddedIntents.wordLists + ["international internationally internationalist interns é éa"]
    for text in texts {
      let list = WordList(text)
      let lines = text.split(separator: "\n").map { $0.split(separator: " ").prefix { !$0.hasPrefix("#") } }
      let words = Set(lines.joined().map(String.init))
      let tries = words.flatMap { [$0, $0 + "s", String($0.dropLast()), "a" + $0, $0 + "\u{301}"] }
      #expect(tries.filter { list.contains($0) != words.contains($0) } == [])
    }
  }
}
