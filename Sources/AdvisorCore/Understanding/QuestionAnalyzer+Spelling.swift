/// Spelling correction: typos corrected to the nearest word the advisor knows, and real words
/// only where they complete a name.
extension QuestionAnalyzer {
  /// The words with typos corrected, the corrections made, and where the words are that no
  /// list knows and no correction was found for; `keys` are the words' keys, and a corrected
  /// word's is made anew.
  func corrected(_ words: [String], keys: inout WordKeys, typedIn question: String) -> (
    words: [String], corrections: [(typed: String, understood: String)], unknownWords: [Int]
  ) {
    var words = words
    var corrections: [(typed: String, understood: String)] = []
    var unknownWords: [Int] = []
    for index in words.indices where needsChecking(words[index], key: keys[index]) {
      // A known word is corrected only to complete a name; an unknown one with no nearest
      // word has none to complete a name with either.
      let isKnown = corrector.value.isKnown(words[index])
      let correction =
        isKnown
        ? nameCompletingCorrection(at: index, in: words) : corrector.value.nearest(toUnknown: words[index])
      // A short word typed in capitals is a name the lists may not know ("is the CAPM worth it?"),
      // never a typo: "CAPM" is not "calm". Asked last, only of a word a correction was found
      // for, so most unknown words need no reading of the question for capitals.
      if let correction, isKnown || !Analysis.isTypedAsAcronym(words[index], in: question) {
        corrections.append((words[index], correction))
        words[index] = correction
        keys.replace(at: index, with: correction)
      } else if !isKnown {
        unknownWords.append(index)
      }
    }
    return (words, corrections, unknownWords)
  }

  /// Whether a word could be a typo: long enough to correct, and neither a word of an intent
  /// file nor part of a name.
  private func needsChecking(_ word: String, key: UInt64) -> Bool {
    word.utf8.count >= 4 && !intents.knowsWord(word, key: key)
      && !lexicon.knowsWord(inSingular: word, key: key)
  }

  /// A correction of a real word that only makes sense in context: "principle engineer" is
  /// "principal engineer", because the corrected word completes a name with its neighbour.
  ///
  /// Tried only beside a word of some name, so "rule" alone stays "rule"; a name's little
  /// joining word does not count, so "does the school matter in engineering?" is not asking
  /// about a "master in engineering". Nor does a word of a name already whole: "produce
  /// innovation consultants" names the consultants, not "product innovation".
  private func nameCompletingCorrection(at index: Int, in words: [String]) -> String? {
    // The neighbours are read where they are: no list is made of their places.
    let isNameWord = { (place: Int) in
      words.indices.contains(place) && words[place].utf8.count > 2
        && lexicon.knowsWord(lexicon.singular(words[place]))
    }
    guard isNameWord(index - 1) || isNameWord(index + 1),
      let candidate = corrector.value.nearest(to: words[index]),
      !Self.namesWhole(lexicon.mentions(in: words), beside: index)
    else { return nil }
    var trial = words
    trial[index] = candidate
    let completesAName = lexicon.mentions(in: trial).contains { mention, range in
      if case .entity = mention { return range.contains(index) && range.count > 1 }
      return false
    }
    return completesAName ? candidate : nil
  }

  /// Whether a name of two words or more, as typed, covers a word beside the one at `index`.
  private static func namesWhole(
    _ mentions: [(mention: Mention, range: Range<Int>)], beside index: Int
  ) -> Bool {
    mentions.contains { mention, range in
      guard case .entity = mention, range.count > 1 else { return false }
      return range.contains(index - 1) || range.contains(index + 1)
    }
  }
}
