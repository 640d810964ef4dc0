import Testing

@testable import AdvisorCore

/// A text's key tells texts apart as their bytes do, and whole for texts of 16 bytes or fewer.
@Suite struct TextKeyTests {
  private let samples = [
    "", "a", "of", "hour", "hours", "engineer", "engineers", "blsOOH2024Compiled", "blsOOHTopExecutives2024",
    "sixteen-byte-id!", "sixteen-byte-id?", "café", "cafe", "internationalization", "internatiXnalization",
  ]

  @Test func keysOfTextsOfSixteenBytesOrFewerAreEqualExactlyWhenTheTextsAre() {
    for first in samples where first.utf8.count <= 16 {
      #expect(TextKey(first).isWhole)
      for second in samples where second.utf8.count <= 16 {
        #expect((TextKey(first) == TextKey(second)) == (first == second), "\(first), \(second)")
      }
    }
  }

  @Test func longerTextsWithTheSameEndsShareAKeyThatIsNotWhole() {
    let key = TextKey("internationalization")
    #expect(!key.isWhole)
    #expect(key == TextKey("internatiXnalization"))
    #expect(key != TextKey("internationalizations"))
  }

  @Test func keysAreOrderedAsOneOrder() {
    let keys = samples.map(TextKey.init)
    for first in keys {
      for second in keys {
        #expect([first < second, first == second, second < first].filter { $0 }.count == 1)
      }
    }
  }
}
