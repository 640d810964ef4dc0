/// Corrects misspelt words towards the domain vocabulary, and only towards it.
///
/// A word is left alone when it is already known: in the domain vocabulary, or a real
/// English word from the protected list. So a typo like "salery" becomes "salary",
/// while a real word like "host" or "rule" is never turned into "cost" or "role".
public struct SpellingCorrector: Sendable {
  /// For each length, the vocabulary words of that length, indexed by the letters they use.
  private let byLength: [WordsOfLength]
  private let vocabularyWords: Set<String>
  private let protected: [WordList]

  /// - Parameters:
  ///   - vocabulary: the words questions are matched against (keywords, aliases).
  ///   - protected: real words that must never be corrected.
  init(vocabulary: Set<String>, protected: [WordList]) {
    var byLength: [WordsOfLength] = []
    for word in vocabulary {
      word.withBytes { word in
        guard word.count >= 3, word.allSatisfy({ $0 < 0x80 }) else { return }
        while byLength.count <= word.count { byLength.append(WordsOfLength(length: byLength.count)) }
        byLength[word.count].append(word)
      }
    }
    self.byLength = byLength
    self.vocabularyWords = vocabulary
    self.protected = protected
  }

  /// Whether the word needs no correction.
  ///
  /// The word lists first: a word asked about here is seldom in the vocabulary (the analyzer
  /// asks only of words no intent file nor name has), and searching them costs less than
  /// hashing it.
  public func isKnown(_ word: String) -> Bool {
    protected.contains { $0.contains(word) } || vocabularyWords.contains(word)
  }

  /// The vocabulary word `word` most likely stands for, or `nil` when it is known, too
  /// short to judge, or not close enough to exactly one best candidate.
  public func correction(for word: String) -> String? {
    isKnown(word) ? nil : nearest(to: word)
  }

  /// The vocabulary word nearest to `word`, even when `word` is a real word: for
  /// "principle" next to "engineer", where only the name it would complete can tell.
  public func nearest(to word: String) -> String? {
    vocabularyWords.contains(word) ? nil : nearest(toUnknown: word)
  }

  /// The vocabulary word nearest to `word`, which `isKnown` has found in no list: it is not
  /// looked up again.
  func nearest(toUnknown word: String) -> String? {
    guard Self.isSpelledOut(word) else { return nil }
    if let squeezed = squeezingRepeats(word) { return squeezed }
    let limit = Self.allowedEdits(forLength: word.utf8.count)
    // No vocabulary word is within two edits of a word of more than 64 letters.
    guard limit > 0, word.utf8.count <= 64 else { return nil }
    let best = word.withBytes { typed in
      let bag = LetterBag(typed)
      return BitVectorDistance.from(typed) { fromTyped in
        var best = Best.none
        // A length further from the word's than the edits a candidate may still take holds no
        // candidate to rank as well as the best so far: its words are not even looked at.
        for length in lengths(around: typed.count, within: limit)
        where abs(length - typed.count) <= min(limit, best.rank / Self.rankPerEdit) {
          best = nearest(to: typed, bag, fromTyped, limit: limit, among: byLength[length], bestSoFar: best)
        }
        return best
      }
    }
    guard let index = best.index, !best.tied else { return nil }
    return byLength[best.length].word(at: index)
  }

  /// The lengths of vocabulary words within `limit` edits of a word of `length` letters: the
  /// word's own length first, then a letter shorter and a letter longer, and so on, for a close
  /// candidate found early narrows the search of the others.
  private func lengths(around length: Int, within limit: Int) -> some Sequence<Int> {
    (0...2 * limit).lazy.map { $0 % 2 == 0 ? length + $0 / 2 : length - ($0 + 1) / 2 }
      .filter(byLength.indices.contains)
  }

  /// `bestSoFar` merged with the best of the candidates of one length, by `rank`; `bag` holds
  /// the letters of `typed`, and `fromTyped` measures distances from it.
  ///
  /// A candidate more edits away than the best so far ranks below it whatever its letters, so
  /// the search allows only as many edits as could still rank as well: most candidates are
  /// then ruled out by their letters, and the distances computed stop sooner.
  private func nearest(
    to typed: UnsafeBufferPointer<UInt8>, _ bag: LetterBag, _ fromTyped: BitVectorDistance, limit: Int,
    among candidates: WordsOfLength, bestSoFar: Best
  ) -> Best {
    var best = bestSoFar
    let edits = min(limit, best.rank / Self.rankPerEdit)
    candidates.forEachPlausible(within: edits, of: bag) { index, target, edits in
      if let distance = fromTyped.to(target, limit: edits) {
        best = best.merged(
          with: Best(length: candidates.length, index: index, rank: Self.rank(distance, typed, target)))
      }
      return min(limit, best.rank / Self.rankPerEdit)
    }
    return best
  }

  /// The best candidate so far: its length and place among the words of that length, its
  /// rank, and whether another candidate ranks the same.
  private struct Best {
    var length = 0
    var index: Int?
    var rank = Int.max
    var tied = false

    static let none = Best()

    /// The better of the two, tied when they rank the same.
    func merged(with other: Best) -> Best {
      if other.rank < rank { return other }
      guard other.rank == rank, other.index != nil else { return self }
      var both = self
      both.tied = true
      return both
    }
  }

  /// Whether `word` is letters only, with a vowel: a word without one is an abbreviation, not
  /// a misspelt word, and an abbreviation a letter away from a known one is another ("PgMP" is
  /// not the PMP).
  ///
  /// Read from the bytes of an ASCII word, one letter a byte: walking its characters cost more
  /// than the search that follows.
  private static func isSpelledOut(_ word: String) -> Bool {
    let ascii = word.withBytes { bytes in
      bytes.isASCII
        ? bytes.allSatisfy { (97...122).contains($0 | 0x20) } && bytes.contains(where: isVowel) : nil
    }
    return ascii ?? (word.allSatisfy(\.isLetter) && word.contains { "aeiouy".contains($0) })
  }

  /// Whether an ASCII byte is one of the vowels `isSpelledOut` looks for.
  private static func isVowel(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
      UInt8(ascii: "y"):
      true
    default: false
    }
  }

  /// Short words allow no edit; the longer the word, the more typos it can carry.
  static func allowedEdits(forLength length: Int) -> Int {
    switch length {
    case ..<4: 0
    case 4...5: 1
    default: 2
    }
  }

  /// What an edit adds to a rank: more than the other differences together, so a candidate
  /// with fewer edits always ranks first.
  private static let rankPerEdit = 8

  /// Orders candidates: fewer edits first, then the likelier kind of typo.
  ///
  /// A shared first letter, then a shared last letter (typos rarely touch the ends of a
  /// word), then the commonest kinds of typo. One edit away, a dropped letter or two
  /// swapped ones come before a letter typed wrong or one too many: "managres" is
  /// "managers", not "manages", and so is "managrs". Further away, the same length comes
  /// first: "principle" is "principal" before "principals".
  private static func rank(
    _ distance: Int, _ word: UnsafeBufferPointer<UInt8>, _ candidate: UnsafeBufferPointer<UInt8>
  ) -> Int {
    var rank = distance * rankPerEdit
    if word.first != candidate.first { rank += 4 }
    if word.last != candidate.last { rank += 2 }
    let isCommonTypo =
      word.count == candidate.count
      ? distance > 1 || isSwap(word, candidate) : distance == 1 && word.count < candidate.count
    if !isCommonTypo { rank += 1 }
    return rank
  }

  /// Whether two words of the same length differ only by two neighbouring letters swapped.
  private static func isSwap(_ word: UnsafeBufferPointer<UInt8>, _ candidate: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard let first = word.indices.first(where: { word[$0] != candidate[$0] }), first + 1 < word.count
    else { return false }
    return word[first] == candidate[first + 1] && word[first + 1] == candidate[first]
      && word[(first + 2)...].elementsEqual(candidate[(first + 2)...])
  }

  /// "heyyy" → "hey", "thankss" → "thanks": letters held down too long, squeezed towards the
  /// domain vocabulary only, so that a real word the lists do not hold stays itself: "carry"
  /// is not the name "Cary".
  ///
  /// Only for a word of letters (`isSpelledOut`).
  private func squeezingRepeats(_ word: String) -> String? {
    if Self.isASCIIWithoutRepeats(word) { return nil }
    var squeezed = ""
    for character in word where squeezed.last != character {
      squeezed.append(character)
    }
    if squeezed != word, vocabularyWords.contains(squeezed) { return squeezed }
    return nil
  }

  /// Whether `word` is ASCII with no byte twice in a row.
  ///
  /// For a word of letters, a letter a byte, whether it repeats none: most words do not, and
  /// are seen not to without building a string.
  private static func isASCIIWithoutRepeats(_ word: String) -> Bool {
    var previous: UInt8 = 0x80
    for byte in word.utf8 {
      if byte >= 0x80 || byte == previous { return false }
      previous = byte
    }
    return true
  }
}
