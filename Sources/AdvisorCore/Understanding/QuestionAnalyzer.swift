/// Turns a question into an `Analysis`: normalize, tokenize, correct spelling, find entities,
/// stem, classify.
///
/// Owns a Snowball stemmer, which is not thread-safe: use one analyzer per thread.
public struct QuestionAnalyzer {
  /// Words beyond this many are not read, so a pasted page costs no more than a question: of
  /// a longer message, the first half of them and the last half, since a long post's title
  /// opens it and its question most often closes it.
  public static let maximumWords = 120

  private let stemmer: Stemmer
  let tokenizer: Tokenizer
  let lexicon: EntityLexicon
  let corrector: Deferred<SpellingCorrector>
  let classifier: IntentClassifier
  let intents: IntentLibrary
  /// The greeting file's phrases, longest first, sorted once rather than for every greeting.
  let greetingPhrases: [String]

  /// - Parameters:
  ///   - knowledge: where the names of roles and other entities come from.
  ///   - intents: the intent definitions and word lists.
  ///   - lexicon: the names, when already built (the embedded ones); else they are read
  ///     from `knowledge`.
  package init(knowledge: KnowledgeBase, intents: IntentLibrary, lexicon: EntityLexicon? = nil) {
    let stemmer = Stemmer()
    let lexicon = lexicon ?? EntityLexicon(knowledge: knowledge, references: intents.cues.references)
    self.stemmer = stemmer
    self.tokenizer = Tokenizer(contractions: intents.cues.contractions)
    self.lexicon = lexicon
    self.intents = intents
    self.greetingPhrases = Self.openingPhrases(of: intents.definition(.greeting))
    self.classifier =
      intents.tables.map {
        IntentClassifier(definitions: intents.definitions, tables: $0, learned: intents.learned)
      }
      ?? IntentClassifier(definitions: intents.definitions, stemmer: stemmer, learned: intents.learned)
    // Most questions use only words the classifier or the lexicon know, so the
    // vocabulary and the word lists are built the first time a word needs checking.
    self.corrector = Deferred {
      let references = intents.cues.references.flatMap { Tokenizer.words(in: $0.phrase) }
      var domainWords = intents.termWords
      // Room for every word and its plural at once: the set is never copied nor grown.
      domainWords.reserveCapacity(2 * (domainWords.count + lexicon.allWords.count + references.count))
      domainWords.formUnion(lexicon.allWords)
      domainWords.formUnion(references)
      // Plurals of words, but not of acronyms: "csms" is no word to correct "coms" to.
      var vocabulary = domainWords
      for word in domainWords where word.count > 3 { vocabulary.insert(word + "s") }
      return SpellingCorrector(vocabulary: vocabulary, protected: intents.knownWords)
    }
  }

  /// "My manager" or "her director" is a person, "a sales manager" another line of work, and
  /// "the principal duties" no title at all: a bare one-word title after a possessive, or
  /// after a word naming other work, and a one-word name starting a phrase like "principal
  /// duties", names no role.
  static func namesNoRole(_ range: Range<Int>, cues: Cues) -> Bool {
    range.count == 1
      && (isTitleOfOtherWork(at: range.lowerBound, cues: cues) || cues.has(.notATitle, at: range.lowerBound)
        || cues.has(.bareTitle, at: range.lowerBound) && cues.has(.possessive, at: range.lowerBound - 1))
  }

  /// The mention, or for a role's line of work named as a subject or a sector ("a master's
  /// in construction management", "the construction management industry"), what its words
  /// but the last name: the industry, not the role.
  ///
  /// Nil when the mention stands as it is, as most do: no list is made for them.
  private func partsOfFieldOfStudy(
    _ range: Range<Int>, in words: [String], cues: Cues
  ) -> [(mention: Mention, range: Range<Int>)]? {
    // The cues first: most questions have none, and then no name needs comparing.
    guard
      cues.has(.fieldOfStudy, before: range.lowerBound, within: 3)
        || cues.has(.fieldOfStudy, at: range.upperBound),
      lexicon.isField(words[range])
    else { return nil }
    return lexicon.mentions(in: Array(words[range.dropLast()])).map {
      ($0.mention, $0.range.lowerBound + range.lowerBound..<$0.range.upperBound + range.lowerBound)
    }
  }

  /// The mentions of `words` as the question means them: a line of work named as a subject by
  /// its parts (`partsOfFieldOfStudy`), without the titles that name no role
  /// (`namesNoRole`), and a "PE" as the licence where licensing is discussed.
  ///
  /// Most questions' mentions all stand as found, and then the list found is the list; else one
  /// loop makes one list, rather than a chain of `flatMap`, `filter` and `map` that makes a list
  /// at each step and one for each mention.
  private func mentions(
    in words: [String], keys: WordKeys, cues: Cues, licensingDiscussed: Bool
  ) -> [(mention: Mention, range: Range<Int>)] {
    let found = lexicon.mentions(in: words, keys: keys)
    guard
      let firstChanged = found.firstIndex(where: {
        !standsAsFound(
          $0.mention, at: $0.range, in: words, cues: cues, licensingDiscussed: licensingDiscussed)
      })
    else { return found }
    var mentions = Array(found[..<firstChanged])
    mentions.reserveCapacity(found.count)
    func keep(_ mention: Mention, at range: Range<Int>) {
      guard !Self.namesNoRole(range, cues: cues) else { return }
      let reading = licensingReading(
        of: mention, at: range, in: words, cues: cues, licensingDiscussed: licensingDiscussed)
      mentions.append((reading, range))
    }
    for (mention, range) in found[firstChanged...] {
      if let parts = partsOfFieldOfStudy(range, in: words, cues: cues) {
        for part in parts { keep(part.mention, at: part.range) }
      } else {
        keep(mention, at: range)
      }
    }
    return mentions
  }

  /// Whether the mention stays as the lexicon found it: it names a role if a title, is no line
  /// of work named as a subject, and no title read as a licence.
  private func standsAsFound(
    _ mention: Mention, at range: Range<Int>, in words: [String], cues: Cues, licensingDiscussed: Bool
  ) -> Bool {
    !Self.namesNoRole(range, cues: cues) && partsOfFieldOfStudy(range, in: words, cues: cues) == nil
      && licensingReading(
        of: mention, at: range, in: words, cues: cues, licensingDiscussed: licensingDiscussed)
        == mention
  }

  /// Whether the word at `position` ends a job title after a word naming other work: "a sales
  /// manager", "hourly warehouse staff". (The bare titles are job titles' last words too.)
  static func isTitleOfOtherWork(at position: Int, cues: Cues) -> Bool {
    cues.has(.jobTitle, at: position) && cues.has(.otherWork, at: position - 1)
  }

  /// A question as training reads it: its features, hand-written scores and allowed intents.
  func classifierReading(_ question: String) -> ClassifierReading {
    let classification = analyze(question).classification
    // The ranking holds every intent the files allow, with its hand-written score.
    let hand = Dictionary(uniqueKeysWithValues: classification.ranked.map { ($0.intent, $0.hand.score) })
    let order = classifier.intentOrder
    return ClassifierReading(
      features: classification.features, hand: order.map { hand[$0] ?? 0 },
      allowed: order.map { hand[$0] != nil })
  }

  /// "PE" is the project engineer, unless the question is about licensing ("getting
  /// licensed as a PE"), or the conversation is and the title does not name a person ("and
  /// the PE?" after the PMP, not "and a PE?"): then a title that, with "license", names a
  /// certification ("PE license") stands for that certification.
  private func licensingReading(
    of mention: Mention, at range: Range<Int>, in words: [String], cues: Cues, licensingDiscussed: Bool
  ) -> Mention {
    guard case .entity(.role) = mention,
      cues.has(.licensing) || licensingDiscussed && !Self.namesAPerson(at: range.lowerBound, in: words)
    else { return mention }
    let phrase = Array(words[range]) + ["license"]
    guard let whole = lexicon.mentions(in: phrase).first, whole.range == 0..<phrase.count,
      case .entity(.certification) = whole.mention
    else { return mention }
    return whole.mention
  }

  /// Whether the name at `position` follows "a" or "an", so names a person: "and a PE?".
  private static func namesAPerson(at position: Int, in words: [String]) -> Bool {
    position > 0 && ["a", "an"].contains(words[position - 1])
  }

  /// Whether two or more words, and a quarter or more of them, are common words of another
  /// language: "Quel est le salaire d'un chef de projet ?", not "What does a chef de projet
  /// earn in Los Angeles?".
  static func isMostlyInAnotherLanguage(_ words: [String], cues: Cues) -> Bool {
    let foreign = cues.found.lazy.filter { $0.cue == .otherLanguage }.count
    return foreign >= 2 && foreign * 4 >= words.count
  }

  /// Adds the stems of `words` to `tokens`, one by one rather than through an array of them.
  private func stems(of words: ArraySlice<String>, into tokens: inout [String]) {
    for word in words { tokens.append(stemmer.stem(word)) }
  }

  /// The first half of `maximumWords` of a longer message's words, and the last half.
  private static func ends<Element>(of words: [Element]) -> [Element] {
    Array(words.prefix(maximumWords / 2) + words.suffix(maximumWords / 2))
  }

  /// Analyzes one question; `licensingDiscussed` when the conversation is on certifications,
  /// so that a bare "PE" is the licence.
  public func analyze(_ question: String, licensingDiscussed: Bool = false) -> Analysis {
    let (allWords, allKeys) = tokenizer.keyedWords(in: TextNormalizer.normalize(question))
    let isTruncated = allWords.count > Self.maximumWords
    let read = isTruncated ? Self.ends(of: allWords) : allWords
    var keys = WordKeys(keys: isTruncated ? Self.ends(of: allKeys) : allKeys)
    let (words, corrections, unknownWords) = corrected(read, keys: &keys, typedIn: question)
    // What the classifier sees: a role's line of work counts as its words, not as a role.
    var classified = Entities()
    // Every entity named, lines of work among them: nil while it is all of `classified`, as for
    // most questions, whose lists then are made once.
    var named: Entities? = nil
    var references: [RoleReference] = []
    // Each word makes one token at most: the list is allocated once.
    var tokens: [String] = []
    tokens.reserveCapacity(words.count)
    let cues = intents.cues.cues(in: words, keys: keys)
    let mentions = mentions(in: words, keys: keys, cues: cues, licensingDiscussed: licensingDiscussed)
    var next = 0
    for (mention, range) in mentions {
      stems(of: words[next..<range.lowerBound], into: &tokens)
      switch mention {
      case .entity(let entity):
        if lexicon.isField(words[range]) {
          if named == nil { named = classified }
          named?.add(entity)
          stems(of: words[range], into: &tokens)
          break
        }
        classified.add(entity)
        named?.add(entity)
        if case .degree = entity, let discipline = lexicon.discipline(inDegreeNamed: range, in: words) {
          classified.add(discipline)
          named?.add(discipline)
        }
        tokens.append(entity.placeholder)
      case .reference(let reference):
        references.append(reference)
        // "the former" can only be a role, so it reads like one: "how do I become the former?"
        // is "how do I become <role>"; "it" or "that" may be anything and stay words.
        if reference.mayPointAtAnything {
          stems(of: words[range], into: &tokens)
        } else {
          tokens.append("<role>")
        }
      }
      next = range.upperBound
    }
    stems(of: words[next...], into: &tokens)
    let input = ClassifierInput(
      tokens: tokens, entities: classified, hasReference: !references.isEmpty,
      isQuestion: question.hasQuestionMark, hasAmount: Self.namesAmount(question))
    return Analysis(
      words: words, corrections: corrections, question: question, unknownWords: unknownWords,
      entities: named ?? classified, references: references,
      mentions: mentions, cues: cues, input: input, classification: classifier.classify(input, cues: cues),
      wasTruncated: allWords.count > words.count,
      isInAnotherLanguage: TextNormalizer.isMostlyInAnotherScript(question)
        || Self.isMostlyInAnotherLanguage(words, cues: cues))
  }
}
