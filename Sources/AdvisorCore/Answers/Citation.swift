/// Citations as composers write them: a marker where the fact is stated, which the finished
/// answer gathers into one "Sources:" line at its end, so each source is named once
/// however many facts it gives (issue 10: "cite once, readably").
///
/// A marker is the unit separator, then the source's position in the registry as two bytes of
/// six bits: made without allocating, read back without looking the source's id up, and ASCII,
/// so a line of ASCII with its citations is checked as UTF-8 a word at a time. Knowledge files
/// refuse control characters, and a question has them replaced by spaces.
enum Citation {
  /// The first byte of every marker; each of the next two is 0x40 or above.
  private static let lead: UInt8 = 0x1F

  /// The marker for a citation of the source at `position` in the registry (below 4,096),
  /// written where the fact is stated.
  static func marker(_ position: Int) -> String {
    String(unsafeUninitializedCapacity: 3) { bytes in
      bytes[0] = lead
      bytes[1] = 0x40 | UInt8(truncatingIfNeeded: position >> 6 & 0x3F)
      bytes[2] = 0x40 | UInt8(truncatingIfNeeded: position & 0x3F)
      return 3
    }
  }

  /// `text` without its markers (nor the space before each), and the registry positions of the
  /// sources they named, once each.
  static func extract(from text: String) -> (text: String, positions: [Int]) {
    var positions: [Int] = []
    return (stripped(text, into: &positions) ?? text, positions)
  }

  /// `text` without its markers (nor the space before each), adding the registry positions of the
  /// sources they named to `positions` unless already there; nil when it has none, so that most
  /// lines are only read.
  ///
  /// Works on UTF-8 bytes in place, and writes the text without them straight into a new
  /// string: this runs on every line of every answer.
  static func stripped(_ text: String, into positions: inout [Int]) -> String? {
    text.withBytes { bytes in
      guard let first = firstMarker(in: bytes, from: 0) else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { output in
        var count = 0
        func copy(_ range: Range<Int>) {
          guard let from = bytes.baseAddress, let to = output.baseAddress else { return }
          (to + count).initialize(from: from + range.lowerBound, count: range.count)
          count += range.count
        }
        var position = 0
        var markerAt: Int? = first
        while let start = markerAt {
          copy(position..<start)
          if count > 0, output[count - 1] == UInt8(ascii: " ") { count -= 1 }
          let source = Int(bytes[start + 1] & 0x3F) << 6 | Int(bytes[start + 2] & 0x3F)
          if !positions.contains(source) { positions.append(source) }
          position = start + 3
          markerAt = firstMarker(in: bytes, from: position)
        }
        copy(position..<bytes.count)
        return count
      }
    }
  }

  /// Where the next whole marker starts in `bytes`, from `start`.
  private static func firstMarker(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var index = nextLead(in: bytes, from: start)
    while index + 2 < bytes.count {
      if bytes[index + 1] >= 0x40, bytes[index + 2] >= 0x40 { return index }
      index = nextLead(in: bytes, from: index + 1)
    }
    return nil
  }

  /// Where the next unit separator, which starts every marker, is in `bytes` from `start`, or the
  /// end: most lines have no marker, and every line is scanned.
  private static func nextLead(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    bytes.index(ofByte: lead, from: start)
  }
}

extension Answer {
  /// Moves every citation in the blocks to one `.sources` block at the end, naming each
  /// source once in order of first use, and records them in `sources`.
  ///
  /// Only the blocks and lines that have a citation are written again. A marker of a position
  /// past the registry's end names nothing.
  /// - Parameter registry: the knowledge base's sources, which the markers give positions in.
  mutating func gatherCitations(from registry: [Source]) {
    var positions: [Int] = []
    for index in blocks.indices {
      if let stripped = blocks[index].strippingCitations(into: &positions) { blocks[index] = stripped }
    }
    guard !positions.isEmpty else { return }
    // Two pages of one publisher may share a name ("NCEES"): the line names it once.
    var names: [String] = []
    names.reserveCapacity(positions.count)
    sources.reserveCapacity(sources.count + positions.count)
    for position in positions where registry.indices.contains(position) {
      let id = registry[position].id
      guard !sources.contains(id) else { continue }
      sources.append(id)
      let name = registry[position].citation
      // Names of other lengths differ: most are told apart without comparing their text.
      if !names.contains(where: { $0.utf8.count == name.utf8.count && $0 == name }) { names.append(name) }
    }
    guard !names.isEmpty else { return }
    // One "Sources:" line: a reply's own sources, named already, come after the registry's.
    if case .sources(let named) = blocks.last {
      blocks[blocks.count - 1] = .sources(names + named.filter { !names.contains($0) })
    } else {
      blocks.append(.sources(names))
    }
  }
}

extension Answer.Block {
  /// The block without its citations, adding the registry positions they named to `found`; nil
  /// when it has none.
  fileprivate func strippingCitations(into found: inout [Int]) -> Self? {
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
