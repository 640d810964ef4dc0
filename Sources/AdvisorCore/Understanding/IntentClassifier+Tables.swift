/// Compiling intent definitions into the classifier's tables.
extension IntentClassifier {
  /// A term with its words' stems turned into numbers, so matching compares integers.
  package struct CompiledTerm: Sendable {
    package let term: IntentTerm
    package let stems: [Int]
  }

  /// The classifier's tables: every stem by number, and each intent's terms compiled, without
  /// repeats, heaviest first.
  ///
  /// `generate-embedded` embeds them for the built-in intents, so start-up does no stemming or
  /// sorting.
  public struct Tables: Sendable {
    package let stems: [String]
    package let terms: [[(term: CompiledTerm, weight: Double)]]
    package let requires: [[CompiledTerm]]
    package let excludes: [[CompiledTerm]]
  }

  /// Compiles the definitions into tables.
  package static func compile(_ definitions: [IntentDefinition], stemmer: Stemmer) -> Tables {
    var numbers: [String: Int] = [:]
    var stems: [String] = []
    func compile(_ term: IntentTerm) -> CompiledTerm {
      guard case .words(let words) = term else { return CompiledTerm(term: term, stems: []) }
      let numbered = words.filter { !isArticle($0) }.map { word in
        let stem = word.hasPrefix("<") ? word : stemmer.stem(word)
        if let number = numbers[stem] { return number }
        numbers[stem] = stems.count
        stems.append(stem)
        return stems.count - 1
      }
      return CompiledTerm(term: term, stems: numbered)
    }
    let terms = definitions.map {
      deduplicated($0.weights.map { (compile($0.term), $0.weight) })
        .sorted { ($0.weight, $0.term.stems.count) > ($1.weight, $1.term.stems.count) }
    }
    return Tables(
      stems: stems, terms: terms, requires: definitions.map { $0.requires.map(compile) },
      excludes: definitions.map { $0.excludes.map(compile) })
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
