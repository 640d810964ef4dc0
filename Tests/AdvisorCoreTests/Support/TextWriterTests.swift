import Testing

@testable import AdvisorCore

/// Strings written piece by piece into one sized for them read as the pieces joined.
@Suite struct TextWriterTests {
  @Test func concatenatingEqualsJoining() {
    let samples: [[String]] = [
      [], [""], ["a"], ["short", " ", "pieces"], ["an ", "engineering manager"],
      ["A line long enough to be stored apart from its string value, ", "with — and → in it", "."],
      ["日本", "語", ""], [String(repeating: "x", count: 100), "y"],
    ]
    for pieces in samples {
      #expect(String(concatenating: pieces[...].first ?? "", pieces.dropFirst().joined()) == pieces.joined())
    }
    #expect(String(concatenating: "a", "b", "c", "d", "e", "f", "g") == "abcdefg")
  }

  @Test func joiningEqualsTheStandardJoin() {
    let samples: [[String]] = [
      [], [""], ["", ""], ["a"], ["short", "pieces"], ["日本", "語", "→ —"],
      ["A statement long enough to be stored apart from its string value,", "and another."],
    ]
    for pieces in samples {
      for separator in ["", " ", ", ", " → "] {
        #expect(String(joining: pieces, separator: separator) == pieces.joined(separator: separator))
      }
    }
  }

  @Test func aWriterTakesSubstringsAndMayUseLessThanItsRoom() {
    let text = "Engineering manager"
    let written = String(capacity: 40) { writer in
      writer.write(text.dropFirst(12))
      writer.write(" of ")
      writer.write(text.prefix(11))
    }
    #expect(written == "manager of Engineering")
  }

  @Test func spacesAreWrittenAsManyAsAsked() {
    for count in [0, 1, 7, 8, 9, 73] {
      let written = String(capacity: count + 2) { writer in
        writer.write("a")
        writer.writeSpaces(count)
        writer.write("b")
      }
      #expect(written == "a" + String(repeating: " ", count: count) + "b")
    }
  }

  /// A written text reads as its pieces joined, character by character, however long.
  ///
  /// Texts are copied into their strings unchecked, with whether they are ASCII read from their
  /// bytes: on the stack up to a kilobyte, on the heap past it. A text of more than ASCII taken
  /// for ASCII would count a letter and its combining accent as two characters.
  @Test(arguments: [1, 15, 16, 1023, 1024, 1025, 3000])
  func writtenTextsReadAsTheirPiecesOnEitherSideOfTheStacksShare(length: Int) {
    let filler = String(repeating: "x", count: length)
    for tail in ["", "e\u{301}", "—", "日本語"] {
      let expected = filler + tail
      let written = String(concatenating: filler, tail)
      #expect(written == expected)
      #expect(written.count == expected.count)
      #expect(written.utf8.count == expected.utf8.count)
      #expect(written.last == expected.last)
      #expect(written.unicodeScalars.elementsEqual(expected.unicodeScalars))
    }
    // A letter and the accent written after it are one character, the same as its composed form.
    #expect(String(concatenating: filler, "e", "\u{301}").count == length + 1)
    #expect(String(concatenating: filler, "e", "\u{301}") == filler + "\u{e9}")
  }
}
