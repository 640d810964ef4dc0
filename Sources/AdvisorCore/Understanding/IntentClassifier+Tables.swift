/// Compiling intent definitions into the classifier's tables.
extension IntentClassifier {
  /// A term with its words' stems turned into numbers, so matching compares integers.
  package struct CompiledTerm: Sendable {
    package let term: IntentTerm
    package let stems: [Int]
  }

  /// The classifier's tables: every stem, sorted (a stem's number is its place), and the
  /// intents' terms compiled and indexed, each intent's weighed ones without repeats, heaviest
  /// first.
  ///
  /// `generate-embedded` embeds them for the built-in intents, so start-up does no stemming or
  /// sorting.
  public struct Tables: Sendable {
    package let stems: [String]
    /// The weighed terms, in the index's order, for `--explain` to spell out.
    package let terms: [IntentTerm]
    /// The weighed, required and excluded terms indexed together, for a question to be read
    /// once for all three.
    package let index: TermIndex
    /// `stems` searched on numbers: a question's every word is numbered, and a search by
    /// halves compared some ten strings a word.
    private let stemSearch: SortedWords

    /// Tables already laid out, as `generate-embedded` writes them.
    package init(stems: [String], terms: [IntentTerm], index: TermIndex) {
      self.stems = stems
      self.terms = terms
      self.index = index
      stemSearch = SortedWords(stems)
    }

    /// The number of `stem`, or -1 when no term uses it.
    func number(of stem: String) -> Int {
      stemSearch.index(of: stem) ?? -1
    }

    /// Hands `body` these tables and the numbers of a question's stems `tokens` (-1 for a stem
    /// no term uses), leaving out those the terms look through, in a buffer on the stack.
    ///
    /// No term uses a stem they look through, so only an unnumbered stem is compared with them.
    /// The tables are handed on rather than captured: a closure copies the tables it captures,
    /// retaining every array in them, where it reads a parameter in place.
    func withNumberedStems<Result>(
      of tokens: [String], _ body: (borrowing Self, UnsafeBufferPointer<Int>) -> Result
    ) -> Result {
      withUnsafeTemporaryAllocation(of: Int.self, capacity: tokens.count) { numbers in
        var count = 0
        for token in tokens {
          let number = number(of: token)
          if number < 0, IntentClassifier.isLookedThrough(token) { continue }
          numbers[count] = number
          count += 1
        }
        return body(self, UnsafeBufferPointer(rebasing: numbers[..<count]))
      }
    }

    /// The place of `stem` in the sorted `stems`, or -1.
    static func number(of stem: String, in stems: [String]) -> Int {
      let index = stems.partitionPoint { $0 >= stem }
      return index < stems.count && stems[index] == stem ? index : -1
    }
  }

  /// Compiles the definitions into tables.
  package static func compile(_ definitions: [IntentDefinition], stemmer: Stemmer) -> Tables {
    let lists = termLists(definitions, stemmer: stemmer)
    return Tables(
      stems: lists.stems, terms: lists.weighed.terms,
      index: TermIndex(
        weighed: lists.weighed, weights: lists.weights, required: lists.required, excluded: lists.excluded,
        stemCount: lists.stems.count))
  }

  /// The definitions' stems, sorted, and their terms laid out in three lists, numbering the
  /// stems: the weighed terms (with their weights), the required and the excluded.
  package static func termLists(_ definitions: [IntentDefinition], stemmer: Stemmer) -> (
    stems: [String], weighed: TermList, weights: [Double], required: TermList, excluded: TermList
  ) {
    var stemOf: [String: String] = [:]
    func stems(_ term: IntentTerm) -> [String] {
      guard case .words(let words) = term else { return [] }
      return words.map { word in
        if word.hasPrefix("<") { return word }
        if let stem = stemOf[word] { return stem }
        let stem = stemmer.stem(word)
        stemOf[word] = stem
        return stem
      }.filter { !isLookedThrough($0) }
    }
    let allTerms = definitions.flatMap { $0.weights.map(\.term) + $0.requires + $0.excludes }
    let sorted = Set(allTerms.flatMap(stems)).sorted()
    func compile(_ term: IntentTerm) -> CompiledTerm {
      CompiledTerm(term: term, stems: stems(term).map { Tables.number(of: $0, in: sorted) })
    }
    let terms = definitions.map {
      deduplicated($0.weights.map { (compile($0.term), $0.weight) })
        .sorted { ($0.weight, $0.term.stems.count) > ($1.weight, $1.term.stems.count) }
    }
    return (
      sorted, TermList(terms.map { $0.map(\.term) }), terms.flatMap { $0.map(\.weight) },
      TermList(definitions.map { $0.requires.map(compile) }),
      TermList(definitions.map { $0.excludes.map(compile) })
    )
  }

  /// Terms whose words share stems ("become", "becoming") count once, at the larger weight, so
  /// listing both forms in a file does not double a score.
  private static func deduplicated(_ terms: [(term: CompiledTerm, weight: Double)])
    -> [(term: CompiledTerm, weight: Double)]
  {
    var result: [(term: CompiledTerm, weight: Double)] = []
    for item in terms {
      if !item.term.term.isEntityTerm,
        let index = result.firstIndex(where: {
          !$0.term.term.isEntityTerm && $0.term.stems == item.term.stems
        })
      {
        result[index].weight = max(result[index].weight, item.weight)
      } else {
        result.append(item)
      }
    }
    return result
  }

}
