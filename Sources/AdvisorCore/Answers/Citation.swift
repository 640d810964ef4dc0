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
  static func marker(_ source: SourceID) -> String {
    String(open) + source.rawValue + String(close)
  }

  /// `text` without its markers (nor the space before each), and the sources they named.
  ///
  /// Works on UTF-8 bytes: each marker is three bytes no other character starts with, and this
  /// runs on every line of every answer.
  static func extract(from text: String) -> (text: String, sources: [SourceID]) {
    // Most lines have no marker: one pass over the contiguous bytes rules them out.
    let hasMarker =
      text.utf8.withContiguousStorageIfAvailable { $0.contains(0xEE) } ?? text.utf8.contains(0xEE)
    guard hasMarker else { return (text, []) }
    let bytes = Array(text.utf8)
    guard let first = firstMarker(open, in: bytes, from: 0) else { return (text, []) }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var sources: [SourceID] = []
    var position = 0
    var openAt: Int? = first
    while let start = openAt {
      output += bytes[position..<start]
      if output.last == UInt8(ascii: " ") { output.removeLast() }
      guard let end = firstMarker(close, in: bytes, from: start + 3) else {
        position = bytes.count
        break
      }
      sources.append(SourceID(String(decoding: bytes[start + 3..<end], as: UTF8.self)))
      position = end + 3
      openAt = firstMarker(open, in: bytes, from: position)
    }
    output += bytes[position...]
    return (String(decoding: output, as: UTF8.self), sources)
  }

  /// Where the three UTF-8 bytes of `marker` next start in `bytes`, from `start`.
  private static func firstMarker(_ marker: Unicode.Scalar, in bytes: [UInt8], from start: Int) -> Int? {
    let last = UInt8(truncatingIfNeeded: 0x80 | (marker.value & 0x3F))
    var index = start
    while index + 2 < bytes.count {
      if bytes[index] == 0xEE, bytes[index + 1] == 0x80, bytes[index + 2] == last { return index }
      index += 1
    }
    return nil
  }
}

extension Answer {
  /// Moves every citation in the blocks to one `.sources` block at the end, naming each
  /// source once in order of first use, and records them in `sources`.
  /// - Parameter name: how a source is named in the "Sources:" line.
  mutating func gatherCitations(naming name: (SourceID) -> String) {
    var found: [SourceID] = []
    func strip(_ text: String) -> String {
      let (clean, sources) = Citation.extract(from: text)
      found += sources
      return clean
    }
    blocks = blocks.map { block in
      switch block {
      case .text(let text): .text(strip(text))
      case .heading(let text): .heading(strip(text))
      case .note(let text): .note(strip(text))
      case .bullets(let items): .bullets(items.map(strip))
      case .table(let rows): .table(rows.map { $0.map(strip) })
      case .sources: block
      }
    }
    for source in found where !sources.contains(source) { sources.append(source) }
    // Two pages of one publisher may share a name ("NCEES"): the line names it once.
    var names: [String] = []
    for source in sources where !names.contains(name(source)) { names.append(name(source)) }
    if !names.isEmpty { blocks.append(.sources(names)) }
  }
}
