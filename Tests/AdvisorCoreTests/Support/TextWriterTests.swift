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
}
