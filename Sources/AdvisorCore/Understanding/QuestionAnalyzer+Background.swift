/// Messages that give background before they ask.
extension QuestionAnalyzer {
  /// Analyzes a message, reading background that asks as what it asks, and a greeting before
  /// a question as that question.
  ///
  /// "Some context first. I'm 44, an electrical engineer in defense. … What does an innovation
  /// consultant actually do?" says so much about its writer that, read whole, it is a
  /// statement about oneself; but it ends by asking, and the asking wants the answer. So when
  /// the whole reads as a profile, its sentences after the first that ask (with a question
  /// mark, or in words: "I would like your advice on how to start") are classified alone,
  /// the last first, and the first reading that is a topic counts. The entities,
  /// and what the profile learns, still come from the whole message: the background names
  /// the writer's own role, which a comparison needs.
  ///
  /// A message that opens with a greeting and goes on ("hi quick q how much does a program
  /// manager make") is read without the greeting when the rest asks a topic, or tells about
  /// the writer in names the profile keeps: the hello is a courtesy, and what follows it
  /// wants the answer. So is one whose rest asks about something the off-topic file names
  /// ("hey what's the weather like in Columbus tomorrow"): a hello does not make the weather
  /// small talk. (A thanks that goes on, "thanks, that gives me a lot to chew on",
  /// stays a thanks: what follows it muses.)
  public func analyzeMessage(_ message: String, licensingDiscussed: Bool = false) -> Analysis {
    // Changed only in a function of its own: a `var` here would be copied out and destroyed
    // on the way back, for every message, where a `let` is handed back as it is.
    let whole = analyzeBackground(message, licensingDiscussed: licensingDiscussed)
    guard whole.classification.intent == .greeting, let rest = Self.text(of: message, after: greetingPhrases)
    else { return whole }
    return reading(whole, after: rest, licensingDiscussed: licensingDiscussed)
  }

  /// `whole`, read as `rest` when what follows its greeting asks a topic or tells about the
  /// writer.
  private func reading(_ whole: consuming Analysis, after rest: String, licensingDiscussed: Bool) -> Analysis
  {
    // Read once: "hi hi hi …" gives way to "hi hi …" and no further.
    let reading = analyzeBackground(rest, licensingDiscussed: licensingDiscussed)
    let intent = reading.classification.intent
    guard
      intents.topics.contains(intent) || intent == .profile && !whole.entities.isEmpty
        || intent == .unknown && reading.classification.namesOffTopic
    else { return whole }
    whole.classification = reading.classification
    whole.askedQuestion = reading.askedQuestion
    whole.afterGreeting = rest
    return whole
  }

  /// Analyzes a message, reading background that ends by asking as what it asks.
  ///
  /// So is a message whose whole reading is a weak guess: "We're on mandatory Saturdays again
  /// this month. Do ops managers at food plants basically live at work?" reads whole as a
  /// role overview at 25%, and its question as work and life.
  private func analyzeBackground(_ message: String, licensingDiscussed: Bool) -> Analysis {
    let whole = analyze(message, licensingDiscussed: licensingDiscussed)
    let isOffTopic = whole.classification.intent == .unknown && !whole.classification.namesOffTopic
    let isWeak = whole.classification.confidence < Self.weakestWholeReading
    guard whole.classification.intent == .profile || isOffTopic || isWeak else { return whole }
    return askedReading(whole, of: message, isOffTopic: isOffTopic, licensingDiscussed: licensingDiscussed)
  }

  /// `whole`, the reading of `message`, with the classification of the sentence it asks, if any.
  private func askedReading(
    _ whole: consuming Analysis, of message: String, isOffTopic: Bool, licensingDiscussed: Bool
  ) -> Analysis {
    // The sentences after the first that ask (a question mark, or words that ask: "I'd like
    // to know", "kindly advise me"), the last first: the first of them that reads as a topic.
    // Read whole as off-topic, the message counts as asking only when the sentence names a
    // role, a degree or a certification and reads as its topic more likely than not: "…
    // Should I go back to school and get my MBA?", not "… What should I wear?". Read whole as
    // a profile, a message may ask first and give its background after: "Is it realistic to
    // aim for engineering manager? I was an electrical engineer before." Its first sentence is
    // tried last, when it ends in a question mark.
    let sentences = Self.sentences(of: message)
    let asksFirst =
      whole.classification.intent == .profile && sentences.count > 1 && sentences[0].hasQuestionMark
    let tried =
      sentences.dropFirst().suffix(Self.sentencesTried).reversed() + sentences.prefix(asksFirst ? 1 : 0)
    for sentence in tried {
      // Read off-topic, only a sentence that asks is worth analysing: its cues cost little.
      if isOffTopic, !sentence.hasQuestionMark, !asksInWords(sentence) { continue }
      let question = analyze(sentence, licensingDiscussed: licensingDiscussed)
      guard sentence.hasQuestionMark || question.cues.has(.asking),
        intents.topics.contains(question.classification.intent),
        !isOffTopic || Self.namesARoleOrCredential(question) && question.classification.confidence >= 0.5
      else { continue }
      whole.classification = question.classification
      whole.askedQuestion = sentence
      return whole
    }
    return whole
  }

  /// Below this confidence, a message read whole is read again by its sentences that ask.
  static let weakestWholeReading = 0.3

  /// Whether a sentence asks in words ("how do i get there"), read from its cues alone.
  private func asksInWords(_ sentence: String) -> Bool {
    intents.cues.cues(in: tokenizer.words(in: TextNormalizer.normalize(sentence))).has(.asking)
  }

  /// Whether a question names a role, a degree or a certification.
  private static func namesARoleOrCredential(_ analysis: Analysis) -> Bool {
    let entities = analysis.entities
    return !(entities.roles.isEmpty && entities.degrees.isEmpty && entities.certifications.isEmpty)
  }

  /// How many of a message's last sentences are tried for what it asks: a pasted page of
  /// statements costs no more than a long message.
  static let sentencesTried = 12

  /// What `message` says after the phrase of `phrases` it starts with ("hi", "good morning"),
  /// when that is three words or more; nil when it starts with none of them.
  ///
  /// `phrases` come longest first, so "good morning" is tried before "good".
  static func text(of message: String, after phrases: [String]) -> String? {
    guard message.isASCII else { return characterText(of: message, after: phrases) }
    return message.withBytes { asciiText(of: $0, after: phrases) }
  }

  /// The same text of an ASCII message, read on bytes, where a character is a byte: counting,
  /// slicing and lowercasing its characters for every phrase of the greeting file cost some
  /// 28,000 instructions a greeting.
  private static func asciiText(of bytes: UnsafeBufferPointer<UInt8>, after phrases: [String]) -> String? {
    /// The ASCII characters Swift counts as letters.
    func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }
    func isLetterOrDigit(_ byte: UInt8) -> Bool { isLetter(byte) || (48...57).contains(byte) }
    func start(from index: Int) -> Int {
      bytes[index...].firstIndex(where: isLetterOrDigit) ?? bytes.count
    }
    let text = start(from: 0)
    guard
      let phrase = phrases.first(where: { phrase in
        let end = text + phrase.utf8.count
        return end < bytes.count && !isLetter(bytes[end])
          && phrase.utf8.elementsEqual(bytes[text..<end]) { $0 == (isLetter($1) ? $1 | 0x20 : $1) }
      })
    else { return nil }
    let rest = UnsafeBufferPointer(rebasing: bytes[start(from: text + phrase.utf8.count)...])
    /// The ASCII characters Swift counts as whitespace: tab to carriage return, and space.
    let words = rest.split { $0 == 32 || (9...13).contains($0) }
    return words.count >= 3 ? String(utf8Bytes: rest) : nil
  }

  /// `text(of:after:)` for any message, on its characters.
  static func characterText(of message: String, after phrases: [String]) -> String? {
    let text = message.drop { !$0.isLetter && !$0.isNumber }
    guard
      let phrase = phrases.first(where: { phrase in
        text.prefix(phrase.count).lowercased() == phrase
          && text.dropFirst(phrase.count).first.map { !$0.isLetter } ?? false
      })
    else { return nil }
    let rest = text.dropFirst(phrase.count).drop { !$0.isLetter && !$0.isNumber }
    return rest.split(whereSeparator: \.isWhitespace).count >= 3 ? String(rest) : nil
  }

  /// The greeting file's phrases, longest first: what `text(of:after:)` looks for.
  static func openingPhrases(of greeting: IntentDefinition?) -> [String] {
    let phrases = (greeting?.weights ?? []).compactMap { term, weight -> String? in
      guard weight > 0, case .words(let words) = term else { return nil }
      return words.joined(separator: " ")
    }
    return phrases.sorted { $0.count > $1.count }
  }

  /// The message's sentences: split after each `.`, `!` or `?` followed by a space.
  static func sentences(of message: String) -> [String] {
    guard message.isASCII else { return characterSentences(of: message) }
    return message.withBytes(asciiSentences)
  }

  /// The same split for plain ASCII text, on bytes: most messages, read for every message
  /// that reads whole as background, off-topic or a weak guess, and walking characters
  /// cost more than classifying the message.
  private static func asciiSentences(of bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    /// The ASCII characters Swift counts as whitespace: tab to carriage return, and space.
    func isSpace(_ byte: UInt8) -> Bool { byte == 32 || (9...13).contains(byte) }
    func start(after index: Int) -> Int {
      var start = index
      while start < bytes.count, isSpace(bytes[start]) { start += 1 }
      return start
    }
    var sentences: [String] = []
    var first = start(after: 0)
    var index = first
    while index + 1 < bytes.count {
      let byte = bytes[index]
      guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"),
        isSpace(bytes[index + 1])
      else {
        index += 1
        continue
      }
      sentences.append(String(decoding: bytes[first...index], as: UTF8.self))
      first = start(after: index + 1)
      index = first
    }
    if first < bytes.count { sentences.append(String(decoding: bytes[first...], as: UTF8.self)) }
    return sentences
  }

  /// The split on characters, for text beyond ASCII.
  static func characterSentences(of message: String) -> [String] {
    var sentences: [String] = []
    var text = message.drop(while: \.isWhitespace)
    while let end = text.indices.dropLast().first(where: { index in
      ".!?".contains(text[index]) && text[text.index(after: index)].isWhitespace
    }) {
      sentences.append(String(text[...end]))
      text = text[text.index(after: end)...].drop(while: \.isWhitespace)
    }
    if text.contains(where: { !$0.isWhitespace }) { sentences.append(String(text)) }
    return sentences
  }
}
