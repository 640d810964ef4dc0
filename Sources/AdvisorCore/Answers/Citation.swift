/// Citations as composers write them: a marker where the fact is stated, which the finished
/// answer gathers into one "Sources:" line at its end, so each source is named once
/// however many facts it gives (issue 10: "cite once, readably").
///
/// The markers are private-use characters, which no knowledge file or question can hold
/// (both refuse control characters, and answers quote no user text inside a citation).
enum Citation {
  private static let open: Unicode.Scalar = "\u{E000}"
  private static let close: Unicode.Scalar = "\u{E001}"

  /// The marker for a citation of `source`, written where the fact is stated.
  ///
  /// Interpolated, which sizes the string once, as for every fact an answer states.
  static func marker(_ source: SourceID) -> String {
    "\(String(open))\(source.rawValue)\(String(close))"
  }

  /// `text` without its markers (nor the space before each), and the sources they named.
  ///
  /// Works on UTF-8 bytes in place: each marker is three bytes no other character starts
  /// with, and this runs on every line of every answer.
  static func extract(from text: String) -> (text: String, sources: [SourceID]) {
    var sources: [SourceID] = []
    return (stripped(text, into: &sources) ?? text, sources)
  }

  /// `text` without its markers (nor the space before each), adding the sources they named to
  /// `sources`; nil when it has none, so that most lines are only read.
  ///
  /// Works on UTF-8 bytes in place, and writes the text without them straight into a new
  /// string: each marker is three bytes no other character starts with, and this runs on
  /// every line of every answer.
  static func stripped(_ text: String, into sources: inout [SourceID]) -> String? {
    var contiguous = text
    return contiguous.withUTF8 { bytes in
      guard let first = firstMarker(open, in: bytes, from: 0) else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { output in
        var count = 0
        func copy(_ range: Range<Int>) {
          guard let from = bytes.baseAddress, let to = output.baseAddress else { return }
          (to + count).initialize(from: from + range.lowerBound, count: range.count)
          count += range.count
        }
        var position = 0
        var openAt: Int? = first
        while let start = openAt {
          copy(position..<start)
          if count > 0, output[count - 1] == UInt8(ascii: " ") { count -= 1 }
          guard let end = firstMarker(close, in: bytes, from: start + 3) else {
            position = bytes.count
            break
          }
          sources.append(
            SourceID(String(decoding: UnsafeBufferPointer(rebasing: bytes[start + 3..<end]), as: UTF8.self)))
          position = end + 3
          openAt = firstMarker(open, in: bytes, from: position)
        }
        copy(position..<bytes.count)
        return count
      }
    }
  }

  /// Where the three UTF-8 bytes of `marker` next start in `bytes`, from `start`.
  private static func firstMarker(
    _ marker: Unicode.Scalar, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    let last = UInt8(truncatingIfNeeded: 0x80 | (marker.value & 0x3F))
    var index = nextLead(in: bytes, from: start)
    while index + 2 < bytes.count {
      if bytes[index + 1] == 0x80, bytes[index + 2] == last { return index }
      index = nextLead(in: bytes, from: index + 1)
    }
    return nil
  }

  /// Where the next byte 0xEE, which starts every marker, is in `bytes` from `start`, or the
  /// end: eight bytes at a time, since most lines have no marker and every line is scanned.
  private static func nextLead(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    var index = start
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      while index + 8 <= bytes.count {
        // A byte of `word` is zero where the text has 0xEE; the test below is nonzero exactly
        // when some byte is.
        let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ (ones &* 0xEE)
        if (word &- ones) & ~word & (ones &* 0x80) != 0 { break }
        index += 8
      }
    }
    while index < bytes.count, bytes[index] != 0xEE { index += 1 }
    return index
  }
}

extension Answer {
  /// Moves every citation in the blocks to one `.sources` block at the end, naming each
  /// source once in order of first use, and records them in `sources`.
  ///
  /// Only the blocks and lines that have a citation are written again.
  /// - Parameter name: how a source is named in the "Sources:" line.
  mutating func gatherCitations(naming name: (SourceID) -> String) {
    var found: [SourceID] = []
    // Room for a few citations at once, rather than growing for the first, second and fourth.
    found.reserveCapacity(4)
    for index in blocks.indices {
      if let stripped = blocks[index].strippingCitations(into: &found) { blocks[index] = stripped }
    }
    for source in found where !sources.contains(source) { sources.append(source) }
    // Two pages of one publisher may share a name ("NCEES"): the line names it once.
    let names = sources.map(name).eachOnce()
    if !names.isEmpty { blocks.append(.sources(names)) }
  }
}

extension Answer.Block {
  /// The block without its citations, adding the sources they named to `found`; nil when it has
  /// none.
  fileprivate func strippingCitations(into found: inout [SourceID]) -> Self? {
    func strip(_ text: String) -> String? { Citation.stripped(text, into: &found) }
    return switch self {
    case .text(let text): strip(text).map(Self.text)
    case .heading(let text): strip(text).map(Self.heading)
    case .note(let text): strip(text).map(Self.note)
    case .bullets(let items): Self.stripped(items, by: strip).map(Self.bullets)
    case .table(let rows): Self.stripped(rows, by: { Self.stripped($0, by: strip) }).map(Self.table)
    case .sources: nil
    }
  }

  /// `items`, each one that `strip` changes changed; nil when it changes none.
  private static func stripped<Item>(_ items: [Item], by strip: (Item) -> Item?) -> [Item]? {
    var result: [Item]?
    for index in items.indices {
      guard let item = strip(items[index]) else { continue }
      if result == nil { result = items }
      result?[index] = item
    }
    return result
  }
}
