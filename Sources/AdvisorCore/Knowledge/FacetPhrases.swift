/// A topic's phrases by the first eight bytes of their first word, sorted: each word of a question
/// is looked up by halves, where searching the question for every phrase compared each of a
/// topic's seventy phrases with each of its words.
///
/// Asked of every question whose intent has a topic (which facets it asks), and of those another
/// topic lends a facet to (whether it asks one): phrase by phrase, that cost hundreds of
/// instructions a question, thousands for a question lent a facet.
struct FacetPhrases: Sendable, Equatable {
  /// Where a phrase is: its facet's place in the topic, and its own place in the facet.
  struct Place: Sendable, Equatable {
    let facet: Int
    let phrase: Int
  }

  /// The first eight bytes of each phrase's first word (`TextKey.head`), in order.
  private let heads: [UInt64]
  /// Where the phrase of each head is, in the same order.
  private let places: [Place]

  /// Indexes the phrases of `facets`, a topic's; a phrase of no words is never used.
  init(_ facets: [Topic.Facet]) {
    var starts: [(head: UInt64, place: Place)] = []
    for (facet, phrases) in facets.map(\.keys).enumerated() {
      for (phrase, keys) in phrases.enumerated() {
        guard let first = keys.first else { continue }
        starts.append((first.head, Place(facet: facet, phrase: phrase)))
      }
    }
    starts.sort { $0.head < $1.head }
    heads = starts.map(\.head)
    places = starts.map(\.place)
  }

  /// Calls `found` with the place of each phrase of `facets` (those indexed) that `singular`,
  /// words in singular form whose keys are `keys`, uses, word after word, until it returns true;
  /// returns whether it did.
  ///
  /// A phrase is used where its keys follow one another in `keys`, and its words in `singular`
  /// unless its keys hold every byte of its words.
  @discardableResult
  func search(
    _ facets: [Topic.Facet], inSingular singular: [String], keys: [TextKey], until found: (Place) -> Bool
  ) -> Bool {
    for (start, key) in keys.enumerated() {
      var entry = heads.partitionPoint { $0 >= key.head }
      while entry < heads.count, heads[entry] == key.head {
        let place = places[entry]
        let facet = facets[place.facet]
        let run = facet.keys[place.phrase]
        if start + run.count <= keys.count, keys.hasRun(run, at: start),
          run.allSatisfy(\.isWhole) || singular.containsRun(facet.phrases[place.phrase]), found(place)
        {
          return true
        }
        entry += 1
      }
    }
    return false
  }
}
