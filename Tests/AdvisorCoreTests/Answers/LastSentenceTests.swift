import Testing

@testable import AdvisorCore

/// The last sentence of a message, found from the end: the last of all its sentences, split
/// from the start, whatever the message.
@Suite struct LastSentenceTests {
  @Test(arguments: [
    "", "   ", "how long does it take?", "  how long does it take?  ",
    "I manage a team. How long does it take to become a director?",
    "I manage a team. How long does it take to become a director? ",
    "I manage a team.\nWhat are the hours like?\r\n", "Wait... what?! Really? ok",
    "e.g. this. ", "end.", "a.b. c", "Stop.\tGo", "Hi! \n\n ", "Two.  Spaces.  Here",
    "Café managers. Do they travel?", "I'm in Zürich.\u{00A0}Hours?", "Done.\u{301} Next one",
  ])
  func findsTheLastOfTheSentences(message: String) {
    #expect(QuestionAnalyzer.lastSentence(of: message) == QuestionAnalyzer.sentences(of: message).last)
  }
}
