/// Finds entities and references in a question's words, longest phrase first.
///
/// Every alias comes from the knowledge base, so the words the advisor recognises, the
/// ones it completes at the prompt, and the ones it answers about are one list. Words
/// are compared in singular form, so plurals need no aliases of their own.
public struct EntityLexicon: Sendable {
  /// Every name and reference, by first word, longest first.
  private let phrases: PhraseIndex<Mention>
  /// Every word of an entity's name, in singular form, sorted, without repeats (for the
  /// spelling vocabulary).
  public var allWords: [String] { sortedWords.words }
  /// The same words, searched for every word of a question that may be a typo.
  private let sortedWords: SortedWords
  /// The names that are a role's line of work ("construction management"), split into
  /// singular words: a mention of one names the role but keeps its words for the classifier.
  private let fields: [[String]]
  /// The keys (`PhraseIndex.key(of:)`) of the fields' last words: a name whose last word has
  /// another key in singular form is no field, and is told so without a word made singular.
  private let fieldLastKeys: [UInt64]

  /// A name as the lexicon matches it: its words, singular, and the mention it stands for.
  public typealias Name = (words: [String], meaning: Mention)

  /// Builds the lexicon from the knowledge base's titles and aliases, and the references
  /// of the cue files.
  public init(knowledge: KnowledgeBase, references: [(phrase: String, reference: RoleReference)]) {
    self.init(names: Self.names(from: knowledge, references: references), fields: Self.fields(of: knowledge))
  }

  /// Builds the lexicon from names already split into words, and the ones among them that are
  /// a line of work.
  public init(names: [Name], fields: [[String]] = []) {
    self.init(phrases: PhraseIndex(names), words: Self.words(of: names), fields: fields)
  }

  private init(phrases: PhraseIndex<Mention>, words: [String], fields: [[String]]) {
    self.phrases = phrases
    self.sortedWords = SortedWords(words)
    self.fields = fields
    self.fieldLastKeys = fields.compactMap { $0.last.map(PhraseIndex<Mention>.key) }
  }

  /// The lexicon of the standard knowledge base, as embedded at generation time: its names
  /// split into words and in index order, its words sorted, so start-up tokenizes, sorts and
  /// hashes nothing.
  public static func embedded() -> EntityLexicon {
    EntityLexicon(
      phrases: PhraseIndex(EmbeddedNames.names), words: EmbeddedNames.words, fields: EmbeddedNames.fields)
  }

  /// Every name in the knowledge base and every reference, split into singular words,
  /// without repeats, in a fixed order.
  public static func names(
    from knowledge: KnowledgeBase, references: [(phrase: String, reference: RoleReference)]
  ) -> [Name] {
    var seen = Set<String>()
    var names: [Name] = []
    // Names are lowercase already (the knowledge-base tests check aliases; titles are
    // lowercased in `entries`), so they go straight to the tokenizer.
    let all = entries(from: knowledge) + references.map { ($0.phrase, Mention.reference($0.reference)) }
    for (text, mention) in all where seen.insert(text).inserted {
      let words = Tokenizer.words(in: text).map(Inflection.singular)
      if !words.isEmpty { names.append((words, mention)) }
    }
    return names
  }

  /// The roles' lines of work, split into singular words, in role order.
  public static func fields(of knowledge: KnowledgeBase) -> [[String]] {
    knowledge.roles.flatMap { $0.fields.map { Tokenizer.words(in: $0).map(Inflection.singular) } }
  }

  /// Whether the words a mention covers are a role's line of work rather than its title.
  ///
  /// Most names of a field's length are told apart by their last word's key, made singular for
  /// none of them. A word's singular has the word's key when the word does not end in "s", as
  /// most do not (it is its own singular), when it is eleven bytes or longer (its singular keeps
  /// the first eight), and when it is not ASCII (nor is its singular): then a last word whose key
  /// no field's last word has ends no field.
  public func isField(_ words: ArraySlice<String>) -> Bool {
    // The fields are a handful: each is compared word by word, after its count and its last
    // word (made singular once), rather than with an array of the words made singular (whose
    // `map` would copy the lexicon). Most names have another count of words than any field,
    // and then no word is compared nor made singular at all.
    guard fields.contains(where: { $0.count == words.count }) else { return false }
    guard let lastWord = words.last else { return true }
    let key = PhraseIndex<Mention>.key(of: lastWord)
    let count = lastWord.utf8.count
    // A word of eight bytes or fewer ends in its key's last byte.
    let keepsKey =
      key == PhraseIndex<Mention>.anyWord || count >= 11
      || (count <= 8 ? Self.lastByte(ofKey: key) : lastWord.utf8.last) != UInt8(ascii: "s")
    if keepsKey, !fieldLastKeys.contains(key) { return false }
    let last = singular(lastWord)
    for field in fields where field.count == words.count && field.last == last {
      var offset = 0
      while offset < field.count - 1, field[offset] == singular(words[words.startIndex + offset]) {
        offset += 1
      }
      if offset == field.count - 1 { return true }
    }
    return false
  }

  /// The words of the entities' names (references aside), sorted, without repeats.
  package static func words(of names: [Name]) -> [String] {
    var words = Set<String>()
    for name in names {
      if case .entity = name.meaning { words.formUnion(name.words) }
    }
    return words.sorted()
  }

  /// Whether a word (in singular form) is part of some name.
  public func knowsWord(_ word: String) -> Bool {
    sortedWords.contains(word)
  }

  /// Whether a word whose key (`PhraseIndex.key(of:)`) is `key` is, in singular form, part of
  /// some name.
  func knowsWord(inSingular word: String, key: UInt64) -> Bool {
    let (singular, singularKey) = keyedSingular(word, key: key)
    return sortedWords.index(
      of: singular, key: singularKey == PhraseIndex<Mention>.anyWord ? nil : singularKey)
      != nil
  }

  /// The singular form of a lowercase word, as names are matched: besides the English rule,
  /// the plural of a short name ("EMs", "CMs", "PEs"), which the rule leaves alone so that
  /// "its" stays "its".
  public func singular(_ word: String) -> String {
    // Most words end in another letter than "s": their last byte, read in place, settles it.
    if word.withBytes({ $0.last != UInt8(ascii: "s") }) { return word }
    let plain = Inflection.singular(word)
    guard plain == word, Self.hasThreeOrFourCharacters(word) else { return plain }
    let stem = String(word.dropLast())
    for place in phrases.places(startingWith: stem) where phrases.wordCount(at: place) == 1 {
      if case .entity = phrases.meaning(at: place) { return stem }
    }
    return word
  }

  /// Whether a word ending in "s" is three or four characters long, as a short name's plural is:
  /// counted on its bytes when each is a character, since walking characters costs more.
  private static func hasThreeOrFourCharacters(_ word: String) -> Bool {
    word.withBytes { bytes in
      bytes.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") } ? (3...4).contains(bytes.count) : nil
    } ?? ((3...4).contains(word.characterCount) && word.hasSuffix("s"))
  }

  /// The mentions in `words`, in order, with the range of words each covers.
  public func mentions(in words: [String]) -> [(mention: Mention, range: Range<Int>)] {
    mentions(in: words, keys: WordKeys(words))
  }

  /// The mentions in `words`, whose keys are made already: a question's, made once for
  /// spelling, cues and names.
  func mentions(in words: [String], keys: WordKeys) -> [(mention: Mention, range: Range<Int>)] {
    var found: [(mention: Mention, range: Range<Int>)] = []
    // Each word in singular form with its key, made once: as the word after the one a name may
    // start at, whose key rules most names out, then as the word it may start at.
    var next = words.isEmpty ? nil : keyedSingular(words[0], key: keys[0])
    var index = 0
    while index < words.count {
      let (word, key) = next ?? keyedSingular(words[index], key: keys[index])
      next = index + 1 < words.count ? keyedSingular(words[index + 1], key: keys[index + 1]) : nil
      let nextKey = next?.key ?? PhraseIndex<Mention>.anyWord
      if let match = longestMatch(in: words, at: index, singular: word, key: key, nextKey: nextKey) {
        // Room for a mention at each word left, made once: the list is not grown as found.
        if found.isEmpty { found.reserveCapacity(words.count - index) }
        found.append((match.mention, index..<index + match.length))
        index += match.length
        if match.length > 1 { next = nil }
      } else {
        index += 1
      }
    }
    return found
  }

  /// The discipline a degree's name spells out: "an MS in electrical engineering" is a
  /// technical master's and electrical engineering both, though one name covers the words.
  public func discipline(inDegreeNamed range: Range<Int>, in words: [String]) -> Entity? {
    let name = Array(words[range])
    for start in name.indices.dropFirst() {
      let (word, key) = keyedSingular(name[start], key: PhraseIndex<Mention>.key(of: name[start]))
      let nextKey =
        start + 1 < name.count
        ? keyedSingular(name[start + 1], key: PhraseIndex<Mention>.key(of: name[start + 1])).key
        : PhraseIndex<Mention>.anyWord
      guard let match = longestMatch(in: name, at: start, singular: word, key: key, nextKey: nextKey) else {
        continue
      }
      if case .entity(let entity) = match.mention, case .discipline = entity { return entity }
    }
    return nil
  }

  /// A word whose key (`PhraseIndex.key(of:)`) is `key` in singular form, and the singular's key.
  ///
  /// A word of eight bytes or fewer is all in its key: when the key shows it does not end in
  /// "s", as most words do not, the word is its own singular and keeps its key.
  private func keyedSingular(_ word: String, key: UInt64) -> (word: String, key: UInt64) {
    if word.utf8.count <= 8, key != PhraseIndex<Mention>.anyWord,
      Self.lastByte(ofKey: key) != UInt8(ascii: "s")
    {
      return (word, key)
    }
    let singular = singular(word)
    return (singular, singular == word ? key : PhraseIndex<Mention>.key(of: singular))
  }

  /// The last byte of a word of eight bytes or fewer from its key: the lowest that is not zero
  /// (a zero byte ending the word is no "s" either way).
  static func lastByte(ofKey key: UInt64) -> UInt8 {
    UInt8(truncatingIfNeeded: key >> (UInt64(key.trailingZeroBitCount) & ~7))
  }

  /// The longest name or reference the words start at `index`, whose word is `singular` with
  /// `key`, the next word's key being `nextKey`; and how many words it covers.
  private func longestMatch(
    in words: [String], at index: Int, singular: String, key: UInt64, nextKey: UInt64
  ) -> (mention: Mention, length: Int)? {
    for place in phrases.places(startingWith: singular, key: key)
    where phrases.mayMatch(place, nextKey: nextKey) && matchesInSingular(place, words, at: index) {
      return (phrases.meaning(at: place), phrases.wordCount(at: place))
    }
    return nil
  }

  /// Whether the name at `place`, whose first word is the one at `index` in singular form, is
  /// the run of words from there, each in singular form: made for the few names whose second
  /// word's key matches, rather than for every word of every question.
  private func matchesInSingular(_ place: Int, _ words: [String], at index: Int) -> Bool {
    let count = phrases.wordCount(at: place)
    guard index + count <= words.count else { return false }
    var offset = 1
    while offset < count, phrases.entries[place].words[offset] == singular(words[index + offset]) {
      offset += 1
    }
    return offset == count
  }

  private static func entries(from knowledge: KnowledgeBase) -> [(String, Mention)] {
    var entries: [(String, Mention)] = []
    for role in knowledge.roles {
      for alias in [role.title.lowercased()] + role.aliases + role.fields {
        entries.append((alias, .entity(.role(role.id))))
      }
    }
    for item in knowledge.certifications {
      for alias in item.aliases { entries.append((alias, .entity(.certification(item.id)))) }
    }
    for item in knowledge.degrees {
      for alias in item.aliases { entries.append((alias, .entity(.degree(item.id)))) }
    }
    for item in knowledge.disciplines {
      for alias in item.aliases { entries.append((alias, .entity(.discipline(item.id)))) }
    }
    for item in knowledge.industries {
      for alias in item.aliases { entries.append((alias, .entity(.industry(item.id)))) }
    }
    for item in knowledge.specializations {
      for alias in [item.name.lowercased()] + item.aliases {
        entries.append((alias, .entity(.specialization(item.id))))
      }
    }
    return entries
  }
}
