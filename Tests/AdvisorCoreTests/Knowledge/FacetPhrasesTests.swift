import Testing

@testable import AdvisorCore

/// Looking a question's words up in a topic's phrases finds the facets that searching the words
/// for every phrase, one after another, finds.
@Suite struct FacetPhrasesTests {
  /// The facets whose phrases `singular` holds, searched for phrase by phrase.
  private static func searched(_ topic: Topic, _ singular: [String]) -> [String] {
    let keys = singular.map(TextKey.init)
    return topic.facets.filter { facet in
      facet.phrases.indices.contains { index in
        keys.containsRun(facet.keys[index])
          && (facet.keys[index].allSatisfy(\.isWhole) || singular.containsRun(facet.phrases[index]))
      }
    }.map(\.name)
  }

  @Test func aTopicsAskedFacetsAreThoseASearchPhraseByPhraseFinds() throws {
    let questions = try HeldOutAccuracyTests.questions().map { Tokenizer.words(in: $0.text.lowercased()) }
    for topic in KnowledgeBase.standard.topics {
      // Each phrase alone, between other words, and cut short; then the held-out questions.
      let phrases = topic.facets.flatMap(\.phrases)
      let samples =
        phrases + phrases.map { ["so", "what"] + $0 + ["then"] } + phrases.map { Array($0.dropLast()) }
        + questions
      for words in samples {
        let singular = words.map(Inflection.singular)
        #expect(topic.askedFacets(in: words) == Self.searched(topic, singular), "\(topic.id): \(words)")
      }
    }
  }
}
