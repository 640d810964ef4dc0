import Testing

@testable import AdvisorCore

/// The weights as a file: read back exactly, and only for the files they were learned from.
@Suite struct LearnedWeightsTextTests {
  static let digest = "0123456789abcdef"

  static func text() throws -> String {
    try #require(IntentLibrary.embedded().learned).text(digest: digest)
  }

  @Test func weightsReadBackAsTheyWereWritten() throws {
    let weights = try #require(IntentLibrary.embedded().learned)
    let text = weights.text(digest: Self.digest)
    #expect(text.hasPrefix("advisor learned weights 3 \(Self.digest) "))
    #expect(LearnedWeights(text: text, digest: Self.digest) == weights)
  }

  @Test func weightsOfOtherFilesAreNotRead() throws {
    #expect(LearnedWeights(text: try Self.text(), digest: "fedcba9876543210") == nil)
  }

  /// Ways a kept file can be damaged: cut short, added to, one bit flipped, emptied.
  enum Damage: CaseIterable {
    case cutShort, extended, flipped, emptied

    func apply(to text: String) -> String {
      switch self {
      case .cutShort: return String(text.dropLast(10))
      case .extended: return text + "\n"
      case .flipped:
        var bytes = Array(text.utf8)
        bytes[bytes.count / 2] ^= 1
        return String(decoding: bytes, as: UTF8.self)
      case .emptied: return ""
      }
    }
  }

  @Test(arguments: Damage.allCases)
  func aTextCutShortOrChangedIsNotRead(damage: Damage) throws {
    #expect(LearnedWeights(text: damage.apply(to: try Self.text()), digest: Self.digest) == nil)
  }
}
