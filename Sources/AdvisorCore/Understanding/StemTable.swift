/// The stems of the words of the advisor's own files, worked out by Snowball when the sources
/// are generated, and found again by a question's words.
///
/// Nearly every word a question stems is a word of the intent files, the examples or the names,
/// and finding its line costs a tenth of stemming it. The lines and their index are compiled
/// in as text (`FeatureIndex`, the learned table's layout), so nothing is built at start-up.
package struct StemTable: Sendable {
  /// One line a word: the word, a tab, its stem, left out when it is the word itself.
  package let lines: String
  /// The `FeatureIndex` over `lines`.
  package let index: String

  init(lines: String, index: String) {
    self.lines = lines
    self.index = index
  }

  /// The table of the words of `texts`, each stemmed by `stemmer` as it would be without a
  /// table; for the generator.
  ///
  /// Only words Snowball or a spelling would change are worth a line: the others, a question's
  /// short words, are their own stems at once (`Stemmer.isOwnStem`).
  package init(wordsOf texts: [String], stemmer: Stemmer) {
    var words = Set<String>()
    for text in texts {
      for word in Tokenizer.words(in: TextNormalizer.normalize(text))
      where word.utf8.count > 2 && !Stemmer.isPlainOwnStem(word) {
        words.insert(word)
      }
    }
    let sorted = words.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    var lines: [UInt8] = []
    var keys: [[UInt8]] = []
    var starts: [Int] = []
    for word in sorted {
      if !lines.isEmpty { lines.append(UInt8(ascii: "\n")) }
      keys.append(Array(word.utf8))
      starts.append(lines.count)
      lines += word.utf8
      lines.append(UInt8(ascii: "\t"))
      let stem = stemmer.computedStem(word)
      if stem != word { lines += stem.utf8 }
    }
    self.init(
      lines: String(decoding: lines, as: UTF8.self), index: FeatureIndex.build(keys: keys, starts: starts))
  }

  /// The stem of `word`, if the table holds it.
  func stem(of word: String) -> String? {
    word.withBytes { key in
      lines.withBytes { lines in
        index.withBytes { index in
          guard let start = FeatureIndex.find(key, table: lines, index: index) else { return nil }
          let stem = UnsafeBufferPointer(rebasing: lines[(start + key.count + 1)...])
          let end = stem.index(ofByte: UInt8(ascii: "\n"), from: 0)
          guard end > 0 else { return word }
          return String(utf8Bytes: UnsafeBufferPointer(rebasing: stem[..<end]))
        }
      }
    }
  }

  /// Every word of the table, with its stem, in the table's order.
  var entries: [(word: String, stem: String)] {
    lines.split(separator: "\n").map { line in
      let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
      return (String(parts[0]), String(parts[parts[1].isEmpty ? 0 : 1]))
    }
  }
}
