/// The vocabulary words of one length, with, for each letter a `LetterBag` counts, a bitmap of
/// the words that have it: the spelling search rules out 64 words at a time by the typed
/// letters they lack, where a scan would compare the letters of every word.
struct WordsOfLength: Sendable {
  /// How many letters each word has.
  let length: Int
  /// The words' letters, back to back: the word at `index` starts at `index * length`.
  private var letters: [UInt8] = []
  private var bags: [LetterBag] = []
  /// For each block of 64 words and each bit of a `LetterBag`, the words of the block whose
  /// bag has the bit, one bit each: `having[block * 64 + bit]`.
  private var having: [UInt64] = []

  /// No words yet, of `length` letters.
  init(length: Int) {
    self.length = length
  }

  /// Adds a word of `length` letters.
  mutating func append<Bytes: Collection<UInt8>>(_ word: Bytes) {
    precondition(word.count == length, "a word of another length")
    let index = bags.count
    if index % 64 == 0 { having += repeatElement(0, count: 64) }
    let bag = LetterBag(word)
    bag.forEachBit { bit in having[index / 64 * 64 + bit] |= 1 << UInt64(index % 64) }
    bags.append(bag)
    letters += word
  }

  /// The word at `index`.
  func word(at index: Int) -> String {
    String(decoding: letters[index * length..<(index + 1) * length], as: UTF8.self)
  }

  /// Calls `body` with the place and letters of each word that could be within `limit` edits
  /// of a typed word whose letters are `typed`; `body` returns the limit for the words after
  /// it, lower once it has found a close one.
  func forEachPlausible(
    within limit: Int, of typed: LetterBag,
    _ body: (_ index: Int, _ letters: UnsafeBufferPointer<UInt8>, _ limit: Int) -> Int
  ) {
    var limit = limit
    letters.withUnsafeBufferPointer { letters in
      for block in 0..<(bags.count + 63) / 64 {
        var plausible = lacking(atMost: limit, of: typed, inBlock: block)
        while plausible != 0 {
          let index = block * 64 + plausible.trailingZeroBitCount
          plausible &= plausible &- 1
          if bags[index].isMoreThan(limit, editsFrom: typed) { continue }
          let word = UnsafeBufferPointer(rebasing: letters[index * length..<(index + 1) * length])
          limit = body(index, word, limit)
        }
      }
    }
  }

  /// The words of a block that lack at most `limit` of the letters of `typed`, one bit each.
  ///
  /// Counts, for the 64 words at once, how many of the typed letters each lacks, up to three:
  /// enough for the two edits the search allows at most. A word lacking more is further than
  /// `limit` edits from the typed word (see `LetterBag`).
  private func lacking(atMost limit: Int, of typed: LetterBag, inBlock block: Int) -> UInt64 {
    var lackingOne: UInt64 = 0
    var lackingTwo: UInt64 = 0
    var lackingThree: UInt64 = 0
    typed.forEachBit { bit in
      let lacks = ~having[block * 64 + bit]
      lackingThree |= lackingTwo & lacks
      lackingTwo |= lackingOne & lacks
      lackingOne |= lacks
    }
    let wordsInBlock = min(64, bags.count - block * 64)
    let present: UInt64 = wordsInBlock == 64 ? ~0 : (1 << UInt64(wordsInBlock)) - 1
    return switch limit {
    case 0: present & ~lackingOne
    case 1: present & ~lackingTwo
    case 2: present & ~lackingThree
    default: present
    }
  }
}
