import Testing

@testable import AdvisorCore

/// Whether a question asks one of the facets a topic lends, searched in those facets alone: the
/// same as finding every facet it asks and keeping the lent ones.
@Suite struct LentFacetTests {
  @Test(arguments: [
    "am i ready to manage", "how many years before i can become a manager", "is there a faster way",
    "can i speed things up", "are the hours long", "do they travel a lot or work remote",
    "what does a manager earn", "should i stay an ic or move into management", "nothing at all",
  ])
  func searchingTheLentFacetsAloneFindsWhatSearchingAllFinds(question: String) {
    let words = Tokenizer.words(in: question)
    for topic in KnowledgeBase.standard.topics {
      for (_, lent) in topic.lentFacets {
        let asked = topic.askedFacets(in: words).contains(where: lent.contains)
        #expect(topic.asksAny(of: lent, inSingular: words.map(Inflection.singular)) == asked)
      }
    }
  }

  @Test func readinessIsLentToBecomingOne() throws {
    let track = try #require(KnowledgeBase.standard.topic("track_choice"))
    let lent = try #require(track.lentFacets["become"])
    #expect(track.asksAny(of: lent, inSingular: ["am", "i", "ready", "to", "manage"]))
    #expect(!track.asksAny(of: lent, inSingular: ["what", "do", "staff", "do"]))
  }
}
