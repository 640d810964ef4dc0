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
    var text = text
    var positions: [Int] = []
    strip(&text) { if !positions.contains($0) { positions.append($0) } }
    return (text, positions)
  }

  /// Removes the markers of `text` (and the space before each), giving `found` the registry
  /// position each named, in order.
  ///
  /// Finds them in the UTF-8 bytes in place, and removes each where it is: this runs on every
  /// line of every answer, and a line its answer alone holds is shortened without being copied.
  /// Removing costs a fifth less than replacing with nothing, which converts the replacement.
  /// Most lines end in their one marker, and then nothing is left to search.
  static func strip(_ text: inout String, each found: (Int) -> Void) {
    var from = 0
    while let (removed, source) = text.withBytes({ bytes in marker(in: bytes, from: from) }) {
      found(source)
      let endsTheText = removed.upperBound == text.utf8.count
      let lower = text.utf8.index(text.startIndex, offsetBy: removed.lowerBound)
      text.removeSubrange(lower..<text.utf8.index(lower, offsetBy: removed.count))
      if endsTheText { return }
      from = removed.lowerBound
    }
  }

  /// The bytes of the next whole marker in `bytes` from `start`, with the space before it, and the
  /// registry position it names.
  private static func marker(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (
    removed: Range<Int>, source: Int
  )? {
    guard let lead = firstMarker(in: bytes, from: start) else { return nil }
    let source = Int(bytes[lead + 1] & 0x3F) << 6 | Int(bytes[lead + 2] & 0x3F)
    let hasSpace = lead > 0 && bytes[lead - 1] == UInt8(ascii: " ")
    return ((hasSpace ? lead - 1 : lead)..<lead + 3, source)
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
  /// Each line is shortened where it is, and one without a citation only read. A marker of a position
  /// past the registry's end names nothing.
  /// - Parameter registry: the knowledge base's sources, which the markers give positions in.
  mutating func gatherCitations(from registry: [Source]) {
    var cited = CitedSources(registry: registry, sources: sources)
    // The sources leave the answer while its blocks are stripped, so that they are added to in place.
    sources = []
    for index in blocks.indices { blocks[index].stripCitations(into: &cited) }
    sources = cited.sources
    let names = cited.names
    guard !names.isEmpty else { return }
    // One "Sources:" line: a reply's own sources, named already, come after the registry's.
    if case .sources(let named) = blocks.last {
      blocks[blocks.count - 1] = .sources(names + named.filter { !names.contains($0) })
    } else {
      blocks.append(.sources(names))
    }
  }
}

/// The sources an answer's citations name, gathered as its lines are stripped of them: each
/// source once, and each name once.
///
/// Each marker is looked up as it is found, rather than its position listed first and looked up
/// after: one list fewer to make and free for every answer that cites.
private struct CitedSources {
  let registry: [Source]
  /// The answer's sources, those it had first, then each the markers name, once each.
  var sources: [SourceID]
  /// How the "Sources:" line names the sources the markers name, in order of first use.
  var names: [String] = []

  /// Adds the source at `position` in the registry, unless it is there already or the position
  /// names none.
  mutating func add(_ position: Int) {
    guard registry.indices.contains(position) else { return }
    let id = registry[position].id
    guard !sources.contains(id) else { return }
    // Most answers cite a few sources, and many none: room for a few at the first.
    if names.isEmpty {
      names.reserveCapacity(8)
      sources.reserveCapacity(sources.count + 8)
    }
    sources.append(id)
    let name = registry[position].citation
    // Two pages of one publisher may share a name ("NCEES"): the line names it once. Names of
    // other lengths differ: most are told apart without comparing their text.
    if !names.contains(where: { $0.utf8.count == name.utf8.count && $0 == name }) { names.append(name) }
  }
}

extension Answer.Block {
  /// Removes the block's citations, adding the sources they named to `cited`.
  ///
  /// The block's text is taken out of it first, so that a line it alone holds is shortened in
  /// place.
  fileprivate mutating func stripCitations(into cited: inout CitedSources) {
    func strip(_ text: inout String) { Citation.strip(&text) { cited.add($0) } }
    switch self {
    case .text(var text):
      self = .sources([])
      strip(&text)
      self = .text(text)
    case .heading(var text):
      self = .sources([])
      strip(&text)
      self = .heading(text)
    case .note(var text):
      self = .sources([])
      strip(&text)
      self = .note(text)
    case .bullets(var items):
      self = .sources([])
      for index in items.indices { strip(&items[index]) }
      self = .bullets(items)
    case .table(var rows):
      self = .sources([])
      for row in rows.indices {
        for column in rows[row].indices { strip(&rows[row][column]) }
      }
      self = .table(rows)
    case .sources: break
    }
  }
}
