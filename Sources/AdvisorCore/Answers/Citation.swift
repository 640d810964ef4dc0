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
  static func extract(from text: String) -> (text: String, sources: [SourceID]) {
    guard text.unicodeScalars.contains(open) else { return (text, []) }
    var output = String.UnicodeScalarView()
    var sources: [SourceID] = []
    var id: String.UnicodeScalarView?
    for scalar in text.unicodeScalars {
      if scalar == open {
        if output.last == " " { output.removeLast() }
        id = String.UnicodeScalarView()
      } else if scalar == close, let name = id {
        sources.append(SourceID(String(name)))
        id = nil
      } else if id != nil {
        id?.append(scalar)
      } else {
        output.append(scalar)
      }
    }
    return (String(output), sources)
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
