/// The word cues of `Intents/*.cues`: which words signal each `Cue`, the contractions the
/// tokenizer expands, the number words, and the references to a role under discussion.
///
/// Each line is `cue: word, phrase, …`; `contraction: i'm = i am` expands a contraction;
/// `number words: zero, one, …` lists number words from zero up.
public struct CueBook: Sendable {
  /// Every phrase with its cue, by first word, longest first.
  package private(set) var phrases = PhraseIndex<Cue>([])
  /// Contractions and their expansions, in words.
  public private(set) var contractions: [String: [String]] = [:]
  /// Number words in order, so that a word's index is its value.
  public private(set) var numberWords: [String] = []
  /// Phrases that refer back to a role, with what they point at.
  public private(set) var references: [(phrase: String, reference: RoleReference)] = []

  /// The names of reference lines, by what they point at.
  private static let referenceKeys: [String: RoleReference] = [
    "current role": .current, "first of two": .former, "second of two": .latter, "both discussed": .both,
    "all discussed": .all, "listed in the answer": .listed,
  ]

  /// Reads cue files given as (name, text).
  /// - Throws: `IntentFileError` at the first line that is not a known cue.
  init(files: [(name: String, text: String)]) throws(IntentFileError) {
    var phraseList: [(words: [String], meaning: Cue)] = []
    for file in files.sorted(by: { $0.name < $1.name }) {
      let lines = file.text.utf8.split(separator: 10, omittingEmptySubsequences: false)
      for (offset, bytes) in lines.enumerated() {
        let line = String(decoding: bytes, as: UTF8.self).trimmed()
        if line.isEmpty || line.hasPrefix("#") { continue }
        do throws(IntentFileProblem) {
          try read(line, phrases: &phraseList)
        } catch {
          throw IntentFileError(file: file.name, line: offset + 1, problem: error)
        }
      }
    }
    phrases = PhraseIndex(phraseList)
  }

  /// A cue book compiled before, as `generate-embedded` writes it.
  init(
    phrases: [(words: [String], meaning: Cue)], contractions: [String: [String]], numberWords: [String],
    references: [(phrase: String, reference: RoleReference)]
  ) {
    self.phrases = PhraseIndex(phrases)
    self.contractions = contractions
    self.numberWords = numberWords
    self.references = references
  }

  private mutating func read(
    _ line: String, phrases: inout [(words: [String], meaning: Cue)]
  ) throws(IntentFileProblem) {
    guard let colon = line.firstIndex(of: ":") else { throw .missingColon }
    let key = line[..<colon].trimmed().lowercased()
    let value = String(line[line.index(after: colon)...])
    let items = value.split(separator: ",").map { $0.trimmed().lowercased() }.filter { !$0.isEmpty }
    guard !items.isEmpty else { throw .emptyList(key) }
    if key == "contraction" {
      let sides = value.split(separator: "=").map { $0.trimmed().lowercased() }
      guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty else {
        throw .badContraction(value.trimmed())
      }
      contractions[sides[0]] = sides[1].split(separator: " ").map(String.init)
    } else if key == "number words" {
      numberWords = items
    } else if let reference = Self.referenceKeys[key] {
      references += items.map { ($0, reference) }
    } else if let cue = Cue(rawValue: key) {
      phrases += items.map { (words: $0.split(separator: " ").map(String.init), meaning: cue) }
    } else {
      throw .unknownCue(key, expected: Cue.allCases.map(\.rawValue) + Self.referenceKeys.keys.sorted())
    }
  }

  /// The cues in `words`, and the years of experience they state.
  public func cues(in words: [String]) -> Cues {
    cues(in: words, keys: WordKeys(words))
  }

  /// The cues in `words`, whose keys are made already: a question's, made once for spelling,
  /// cues and names.
  func cues(in words: [String], keys: WordKeys) -> Cues {
    var cues = Cues(positions: words.count)
    for index in words.indices {
      for place in phrases.places(startingWith: words[index], key: keys[index])
      where phrases.mayMatch(place, nextKey: keys[index + 1])
        && (index == 0 || !phrases.meaning(at: place).isOpening) && phrases.matches(place, words, at: index)
      {
        cues.add(phrases.meaning(at: place), at: index)
      }
    }
    // Most questions state no years: without a year unit, no number before one need be read.
    if cues.has(.yearUnit) { cues.years = years(in: words, cues: cues) }
    return cues
  }

  /// The value of a number written as digits or as a number word.
  public func number(_ word: String) -> Int? {
    if let value = Int(word), (0...60).contains(value) { return value }
    return numberWords.firstIndex(of: word)
  }

  /// "4 years", "four yrs", "5 plus years": a number before a year unit, unless a time ahead
  /// ("in 10 years", "within 5 years", "in like 3 years").
  private func years(in words: [String], cues: Cues) -> Int? {
    for index in words.indices.dropFirst() where cues.has(.yearUnit, at: index) {
      // "5 plus years": the number comes before the joiner.
      let joined = index >= 2 && cues.has(.yearJoiner, at: index - 1) && number(words[index - 1]) == nil
      var numberAt = joined ? index - 2 : index - 1
      // "1.5 years" reads "1" "5": the whole years are the "1", not the tenths ("O-4, 12 years"
      // has no tenths).
      if numberAt > 0, words[numberAt].utf8.count == 1, Int(words[numberAt]) != nil,
        Int(words[numberAt - 1]) != nil
      {
        numberAt -= 1
      }
      guard let value = number(words[numberAt]), !horizonEnds(before: numberAt, in: words) else { continue }
      return value
    }
    return nil
  }

  /// Whether a phrase of time ahead ("in", "in like") ends just before `position`.
  private func horizonEnds(before position: Int, in words: [String]) -> Bool {
    (max(0, position - 2)..<position).contains { start in
      phrases.places(startingWith: words[start]).contains { place in
        phrases.meaning(at: place) == .horizon && start + phrases.wordCount(at: place) == position
          && phrases.matches(place, words, at: start)
      }
    }
  }
}
