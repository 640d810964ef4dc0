import Testing

@testable import AdvisorCore

/// The shortcuts `Phrasing` takes on ASCII text give what reading characters gives, and text
/// that is not ASCII is still read by its characters.
@Suite struct PhrasingShortcutTests {
  @Test func aSentenceEndsWithAStopOnceOnly() {
    #expect(Phrasing.sentence("") == "")
    #expect(Phrasing.sentence("It pays") == "It pays.")
    #expect(Phrasing.sentence("It pays.") == "It pays.")
    #expect(Phrasing.sentence("Does it pay?") == "Does it pay?")
    #expect(Phrasing.sentence("As follows:") == "As follows:")
    #expect(Phrasing.sentence("a") == "a.")
    #expect(Phrasing.sentence("Café") == "Café.")
    // A combining mark makes the stop another character.
    #expect(Phrasing.sentence("Done.\u{301}") == "Done.\u{301}.")
    #expect(Phrasing.sentence("Line\r\n") == "Line\r\n.")
  }

  @Test func theStopAfterATextIsWhatItsSentenceAdds() {
    for text in [
      "", "It pays", "It pays.", "Does it pay?", "As follows:", "Café", "Done.\u{301}", "Line\r\n",
    ] {
      #expect(text + Phrasing.stop(after: text) == Phrasing.sentence(text))
    }
  }

  @Test func theArticleFollowsTheSoundOfTheFirstLetter() {
    #expect(Phrasing.withArticle("engineer") == "an engineer")
    #expect(Phrasing.withArticle("university") == "a university")
    #expect(Phrasing.withArticle("MBA") == "an MBA")
    #expect(Phrasing.withArticle("CTO") == "a CTO")
    #expect(Phrasing.withArticle("R&D manager") == "an R&D manager")
    #expect(Phrasing.withArticle("Élan") == "a Élan")
    #expect(Phrasing.withArticle(" leading space") == " leading space")
    #expect(Phrasing.withArticle("") == "")
  }

  @Test func casingChangesTheFirstLetterAlone() {
    #expect(Phrasing.lowercasingFirstWord("Engineering manager") == "engineering manager")
    #expect(Phrasing.lowercasingFirstWord("VP of engineering") == "VP of engineering")
    #expect(Phrasing.lowercasingFirstWord("Élan vital") == "élan vital")
    #expect(Phrasing.capitalized("engineering manager") == "Engineering manager")
    #expect(Phrasing.capitalized("élan") == "Élan")
    #expect(Phrasing.capitalized("") == "")
    #expect(Phrasing.capitalized("ßa") == "SSa")
  }

  @Test func casingAFirstCharacterOfMoreThanOneByteReadsItsCharacters() {
    #expect(Phrasing.capitalized("e\u{301}tude") == "E\u{301}tude")
    #expect(Phrasing.capitalized("\r\nline") == "\r\nline")
    #expect(Phrasing.capitalized("40 hours") == "40 hours")
    #expect(Phrasing.capitalized("x") == "X")
    #expect(Phrasing.lowercasingFirstWord("E\u{301}tude") == "e\u{301}tude")
    #expect(Phrasing.withArticle("e\u{301}tude") == "a e\u{301}tude")
    #expect(Phrasing.withArticle("a") == "an a")
    #expect(Phrasing.withArticle("O") == "an O")
    // An accent after the first space joins it to the word, which is then read as characters: its
    // capitals make it an acronym. A space that ends the name ends the first word.
    #expect(Phrasing.withArticle("Mb \u{301}X") == "an Mb \u{301}X")
    #expect(Phrasing.withArticle("MBA ") == "an MBA ")
  }

  @Test(arguments: [
    "engineering manager", "VP of engineering", "head of", "of counsel", "chief technology officer", "x",
    "vice president of engineering of record", "a  b", " lead", "lead ", "café manager", "VP of café",
    "proof of concept", "chief officer", "",
  ])
  func thePluralOfANameReadAsBytesIsThePluralOfItsWords(name: String) {
    var words = name.split(separator: " ").map(String.init)
    let head = (words.firstIndex(of: "of") ?? words.count) - 1
    if words.indices.contains(head) { words[head] += "s" }
    let expected = words.indices.contains(head) ? words.joined(separator: " ") : name + "s"
    #expect(Phrasing.plural(ofName: name) == expected)
  }
}
