/// Corrects misspelt words towards the domain vocabulary, and only towards it.
///
/// A word is left alone when it is already known: in the domain vocabulary, or a real
/// English word from the protected list. So a typo like "salery" becomes "salary",
/// while a real word like "host" or "rule" is never turned into "cost" or "role".
public struct SpellingCorrector: Sendable {
  /// Every vocabulary word's letters, back to back, so start-up builds one buffer
  /// rather than an array per word.
  private let letters: [UInt8]
  /// For each length, the words of that length: where their letters start in `letters` and
  /// which letters they contain.
  ///
  /// Plain values, so a search touches no reference counts.
  private let byLength: [[Candidate]]
  private let vocabularyWords: Set<String>
  private let protected: [WordList]

  /// - Parameters:
  ///   - vocabulary: the words questions are matched against (keywords, aliases).
  ///   - protected: real words that must never be corrected.
  init(vocabulary: Set<String>, protected: [WordList]) {
    var letters: [UInt8] = []
    var byLength: [[Candidate]] = []
    for word in vocabulary where word.utf8.count >= 3 && word.utf8.allSatisfy({ $0 < 0x80 }) {
      let length = word.utf8.count
      if byLength.count <= length { byLength += Array(repeating: [], count: length + 1 - byLength.count) }
      byLength[length].append(Candidate(start: letters.count, letterSet: Self.letterSet(word.utf8)))
      letters.append(contentsOf: word.utf8)
    }
    self.letters = letters
    self.byLength = byLength
    self.vocabularyWords = vocabulary
    self.protected = protected
  }

  /// Whether the word needs no correction.
  public func isKnown(_ word: String) -> Bool {
    vocabularyWords.contains(word) || protected.contains { $0.contains(word) }
  }

  /// The vocabulary word `word` most likely stands for, or `nil` when it is known, too
  /// short to judge, or not close enough to exactly one best candidate.
  public func correction(for word: String) -> String? {
    isKnown(word) ? nil : nearest(to: word)
  }

  /// The vocabulary word nearest to `word`, even when `word` is a real word: for
  /// "principle" next to "engineer", where only the name it would complete can tell.
  public func nearest(to word: String) -> String? {
    guard word.allSatisfy(\.isLetter), !vocabularyWords.contains(word), !Self.isAbbreviation(word) else {
      return nil
    }
    if let squeezed = squeezingRepeats(word) { return squeezed }
    let typed = Array(word.utf8)
    let limit = Self.allowedEdits(forLength: typed.count)
    guard limit > 0 else { return nil }
    let shortest = max(0, typed.count - limit)
    // The typed word's own length first: a close candidate found early narrows the search of
    // the others.
    let lengths = (shortest..<max(shortest, min(byLength.count, typed.count + limit + 1)))
      .sorted { abs($0 - typed.count) < abs($1 - typed.count) }
    let typedSet = Self.letterSet(typed)
    let best = typed.withUnsafeBufferPointer { typed in
      letters.withUnsafeBufferPointer { letters in
        EditDistance.withRows(forLength: typed.count + limit) { rows in
          lengths.reduce(Best.none) { best, length in
            nearest(
              to: typed, typedSet, limit: limit, among: byLength[length], length: length, letters, rows,
              bestSoFar: best)
          }
        }
      }
    }
    guard let start = best.start, !best.tied else { return nil }
    return String(decoding: letters[start..<start + best.length], as: UTF8.self)
  }

  /// `bestSoFar` merged with the best of the candidates of one length, by `rank`; `typedSet` is
  /// the letters `typed` uses.
  ///
  /// A candidate more edits away than the best so far ranks below it whatever its letters, so
  /// the search allows only as many edits as could still rank as well: most candidates are
  /// then ruled out by their letters, and the distances computed stop sooner.
  private func nearest(
    to typed: UnsafeBufferPointer<UInt8>, _ typedSet: UInt64, limit: Int, among candidates: [Candidate],
    length: Int, _ letters: UnsafeBufferPointer<UInt8>, _ rows: UnsafeMutableBufferPointer<Int>,
    bestSoFar: Best
  ) -> Best {
    var best = bestSoFar
    candidates.withUnsafeBufferPointer { candidates in
      var edits = min(limit, best.rank / Self.rankPerEdit)
      var index = Self.nextPlausible(in: candidates, from: 0, typedSet, limit: edits)
      while index < candidates.count {
        let start = candidates[index].start
        let target = UnsafeBufferPointer(rebasing: letters[start..<start + length])
        if let distance = EditDistance.distance(typed, target, limit: edits, rows: rows) {
          best = best.merged(
            with: Best(start: start, length: length, rank: Self.rank(distance, typed, target)))
          edits = min(limit, best.rank / Self.rankPerEdit)
        }
        index = Self.nextPlausible(in: candidates, from: index + 1, typedSet, limit: edits)
      }
    }
    return best
  }

  /// The place of the first candidate from `start` on whose letters could be within `limit`
  /// edits of the typed word's, or the end.
  ///
  /// Each edit adds at most one letter to the set of letters used and removes at most one,
  /// so most candidates are ruled out without computing a distance. A loop of its own, with
  /// nothing else to keep in registers: the search runs it over thousands of candidates.
  private static func nextPlausible(
    in candidates: UnsafeBufferPointer<Candidate>, from start: Int, _ typedSet: UInt64, limit: Int
  ) -> Int {
    var index = start
    while index < candidates.count {
      let letterSet = candidates[index].letterSet
      if hasAtMost(limit, bitsIn: typedSet & ~letterSet), hasAtMost(limit, bitsIn: letterSet & ~typedSet) {
        return index
      }
      index += 1
    }
    return index
  }

  /// Whether `bits` has at most `limit` bits set.
  ///
  /// Clearing the lowest set bit `limit` times leaves none: a few instructions, where counting
  /// the bits takes a dozen on processors without a population-count instruction, and the
  /// search asks it of every candidate.
  @inline(__always)
  private static func hasAtMost(_ limit: Int, bitsIn bits: UInt64) -> Bool {
    var rest = bits
    for _ in 0..<limit { rest &= rest &- 1 }
    return rest == 0
  }

  /// A vocabulary word as the search sees it.
  private struct Candidate: Sendable {
    let start: Int
    let letterSet: UInt64
  }

  /// The best candidate so far: where its letters start, how many, its rank, and whether
  /// another candidate ranks the same.
  private struct Best {
    var start: Int?
    var length = 0
    var rank = Int.max
    var tied = false

    static let none = Best()

    /// The better of the two, tied when they rank the same.
    func merged(with other: Best) -> Best {
      if other.rank < rank { return other }
      guard other.rank == rank, other.start != nil else { return self }
      var both = self
      both.tied = true
      return both
    }
  }

  /// The letters a word uses, one bit each (bytes beyond `a`–`z` share one bit).
  private static func letterSet<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
    bytes.reduce(0) { set, byte in
      set | (byte >= 97 && byte <= 122 ? 1 << UInt64(byte - 97) : 1 << 63)
    }
  }

  /// A word without a vowel is an abbreviation, not a misspelt word, and an abbreviation a
  /// letter away from a known one is another ("PgMP" is not the PMP).
  private static func isAbbreviation(_ word: String) -> Bool {
    !word.contains { "aeiouy".contains($0) }
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
  private func squeezingRepeats(_ word: String) -> String? {
    var squeezed = ""
    for character in word where squeezed.last != character {
      squeezed.append(character)
    }
    if squeezed != word, vocabularyWords.contains(squeezed) { return squeezed }
    return nil
  }
}
