import Testing

@testable import AdvisorCore

@Suite struct SortedWordsTests {
  /// The search on keys finds what the search on strings finds, words sharing their first eight
  /// bytes and all.
  @Test func keysFindWhatStringsFind() {
    let words = ASCIISamples.all(of: "ab", upTo: 9).dropFirst().sorted()
    let list = SortedWords(Array(words))
    for word in ASCIISamples.all(of: "abc", upTo: 10) where word.count != 10 || !word.contains("c") {
      #expect(list.index(of: word) == list.stringIndex(of: word), "\(word)")
    }
    #expect(words.allSatisfy { list.contains($0) })
  }

  /// A word of eight bytes or fewer is told by its key and its length, without its string:
  /// zero bytes, which a shorter word's key ends in, do not make it another word's.
  @Test func aShortWordIsToldByItsKeyAndLength() {
    let words = ["ab", "ab\0", "a\0b", "ab\0\0\0\0\0\0", "ab\0\0\0\0\0\0\0", "abc", "abc", "b"].sorted()
    let list = SortedWords(words)
    for word in words + ["", "a", "ab\0\0", "abcd", "c"] {
      #expect(list.index(of: word) == list.stringIndex(of: word), "\(word.utf8.map { $0 })")
    }
  }

  @Test func wordsBeyondASCIIAreFoundOnTheStrings() {
    let list = SortedWords(["café", "cafe", "zulu", "über"].sorted())
    for word in ["café", "cafe", "zulu", "über", "cafe\u{301}", "caf", "ü"] {
      #expect(list.index(of: word) == list.stringIndex(of: word), "\(word)")
    }
    #expect(list.contains("cafe\u{301}"))
    #expect(!list.contains("caf"))
  }

  /// The Kelvin sign is the letter "K" to Swift: a list holding it searches strings only.
  @Test func aWordThatMayEqualAnASCIIWordIsFound() {
    #expect(SortedWords.mayEqualAnASCIIWord("\u{212A}m"))
    #expect(!SortedWords.mayEqualAnASCIIWord("cuánto"))
    let list = SortedWords(["a", "\u{212A}m", "z"].sorted())
    #expect(list.index(of: "Km") == list.stringIndex(of: "Km"))
    #expect(list.contains("Km"))
  }

  /// A word's key is read from its first eight bytes alone when it has no more: it is nil
  /// exactly when the word is not ASCII, whatever its length.
  @Test func aKeyIsNilExactlyForAWordBeyondASCII() {
    let words = ["a", "abcdefgh", "abcdefghi", "é", "café", "résumé", "abcdefgé", "abcdefghé", "éabcdefghij"]
    for word in words {
      #expect((SortedWords.key(of: word) != nil) == word.utf8.allSatisfy { $0 < 0x80 }, "\(word)")
    }
    #expect(SortedWords.key(of: "ab") == 0x6162 << 48)
  }
}
