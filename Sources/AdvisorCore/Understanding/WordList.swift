/// A set of words read from a `.words` file, searched in place.
///
/// The generated list of real English words has thousands of entries, and building a
/// `Set` of them cost more than the rest of start-up together. Instead the words stay in
/// the file's bytes, indexed by position and sorted once (a no-op for the generated,
/// already sorted list), and each lookup is a binary search.
public struct WordList: Sendable {
  private let bytes: [UInt8]
  /// Start and end offsets of each word in `bytes`, in byte order of the words.
  private let words: [(start: Int, end: Int)]
  /// The first eight bytes of each word as one number (`firstEightBytes`), in the same order:
  /// numbers sort as their words do, so the search compares numbers, and bytes only between a
  /// word and the ones it shares its first eight with.
  private let keys: [UInt64]

  /// Reads words separated by spaces or line ends, skipping `#` comment lines.
  ///
  /// In one pass that makes each word's number and checks the order on the numbers, where
  /// bytes are compared only between words sharing their first eight: the word lists are read
  /// the first time a question has a word no intent file knows.
  init(_ text: String) {
    let bytes = Array(text.utf8)
    var words: [(start: Int, end: Int)] = []
    var keys: [UInt64] = []
    bytes.withUnsafeBufferPointer { buffer in
      let word = { (range: (start: Int, end: Int)) in
        UnsafeBufferPointer(rebasing: buffer[range.start..<range.end])
      }
      var isSorted = true
      var index = 0
      while index < buffer.count {
        if buffer[index] == 35 {  // '#': skip to the end of the line
          while index < buffer.count, buffer[index] != 10 { index += 1 }
        } else if buffer[index] <= 32 {
          index += 1
        } else {
          let start = index
          while index < buffer.count, buffer[index] > 32 { index += 1 }
          let key = word((start, index)).firstEightBytes
          if let last = keys.last, let previous = words.last, isSorted {
            isSorted = last < key || last == key && Self.compare(word(previous), word((start, index))) <= 0
          }
          words.append((start, index))
          keys.append(key)
        }
      }
      if !isSorted {
        // On the numbers too, and on the bytes only between words that share theirs.
        var entries = zip(keys, words).map { (key: $0, word: $1) }
        entries.sort { $0.key != $1.key ? $0.key < $1.key : Self.compare(word($0.word), word($1.word)) < 0 }
        keys = entries.map(\.key)
        words = entries.map(\.word)
      }
    }
    self.bytes = bytes
    self.words = words
    self.keys = keys
  }

  public var count: Int { words.count }

  /// Whether the list holds `word` (lowercase).
  ///
  /// Searched by halves on the numbers alone, then the bytes of the few words with the same
  /// number: comparing bytes at every step cost twice as much.
  public func contains(_ word: String) -> Bool {
    word.withBytes { key in
      bytes.withUnsafeBufferPointer { bytes in
        let number = key.firstEightBytes
        var index = keys.partitionPoint { $0 >= number }
        while index < keys.count, keys[index] == number {
          let (start, end) = words[index]
          if Self.compare(key, UnsafeBufferPointer(rebasing: bytes[start..<end])) == 0 { return true }
          index += 1
        }
        return false
      }
    }
  }

  /// Byte order: negative when `a` sorts first, zero when equal, positive after.
  ///
  /// On the bytes in place: every question looks words up here, and the lists are read the
  /// first time one does.
  private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    for index in 0..<min(a.count, b.count) where a[index] != b[index] { return a[index] < b[index] ? -1 : 1 }
    return a.count - b.count
  }
}
