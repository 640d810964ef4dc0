/// The keys of a question's words (`PhraseIndex.key(of:)`), made once for every list the words
/// are looked up in: the words spelling knows, the cues and the names.
///
/// Each of those made each word's key again, some twenty keys a question, each reading the
/// word's string through a call; the tokenizer makes them from the bytes it splits
/// (`Tokenizer.keyedWords(in:)`).
struct WordKeys {
  private var keys: [UInt64]

  /// The keys of `words`, made from their strings.
  init(_ words: [String]) {
    keys = words.map(PhraseIndex<Cue>.key)
  }

  /// Keys made already, one a word.
  init(keys: [UInt64]) {
    self.keys = keys
  }

  /// The key of the word at `index`, or `PhraseIndex.anyWord` past the last word: a word's
  /// next word's key is read this way.
  subscript(index: Int) -> UInt64 {
    index < keys.count ? keys[index] : PhraseIndex<Cue>.anyWord
  }

  /// Records that the word at `index` is now `word`: a typo corrected.
  mutating func replace(at index: Int, with word: String) {
    keys[index] = PhraseIndex<Cue>.key(of: word)
  }
}
