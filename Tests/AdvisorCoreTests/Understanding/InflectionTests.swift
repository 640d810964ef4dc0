import Testing

@testable import AdvisorCore

@Suite struct InflectionTests {
  @Test(arguments: [
    ("managers", "manager"), ("companies", "company"), ("ctos", "cto"), ("coaches", "coach"),
    ("boxes", "box"), ("business", "business"), ("status", "status"), ("analysis", "analysis"),
    ("its", "its"), ("salary", "salary"), ("cafés", "café"),
  ])
  func pluralsBecomeSingular(plural: String, singular: String) {
    #expect(Inflection.singular(plural) == singular)
  }

  /// The bytes of an ASCII word settle its singular as its characters do, but for "\r\n", which
  /// is one character.
  @Test func bytesAgreeWithCharacters() {
    let words = ASCIISamples.all(of: "eihcsux\r", upTo: 5) + ["e\u{301}ies", "\u{600}ies", "ab\r\ns"]
    for word in words {
      #expect(Inflection.singular(word) == Inflection.characterSingular(word), "\(word.debugDescription)")
    }
  }

  /// Reading an ending byte by byte agrees with `hasSuffix`, for endings longer than the word too.
  @Test func bytesEndInASuffixAsTheStringDoes() {
    for var word in ASCIISamples.all(of: "ies", upTo: 4) {
      for suffix: StaticString in ["s", "es", "ies", "sies", "eies", "iesss"] {
        let endsIn = word.withUTF8 { Inflection.bytes($0, endIn: suffix) }
        #expect(endsIn == word.hasSuffix(suffix.description), "\(word) \(suffix)")
      }
    }
  }
}
