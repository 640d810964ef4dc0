/// Cited lines added to an answer, and its "Sources:" line made from what they cite.
extension Answer {
  /// Adds a paragraph and records what it cites.
  mutating func text(_ line: Cited) {
    cite(line.citations)
    blocks.append(.text(line.text))
  }

  /// Adds a list, unless it is empty, and records what its items cite.
  mutating func bullets(_ items: [Cited]) {
    guard !items.isEmpty else { return }
    blocks.append(.bullets(items.map { item in
      cite(item.citations)
      return item.text
    }))
  }

  /// Adds a table whose first row is the header, and records what its cells cite.
  mutating func table(_ rows: [[Cited]]) {
    blocks.append(.table(rows.map { row in
      row.map { cell in
        cite(cell.citations)
        return cell.text
      }
    }))
  }

  /// Adds the blocks of `other` after these, and what they cite.
  mutating func append(_ other: Answer) {
    blocks += other.blocks
    for position in other.citedPositions { cite(position) }
  }

  /// Records the sources a line cites: before it is added, for a line that cites more than a
  /// `Citations` holds (as many as the roles it lists).
  mutating func cite(_ citations: Citations) {
    for position in citations { cite(position) }
  }

  /// Records the source at `position`, unless a line before cited it.
  private mutating func cite(_ position: Int) {
    guard !citedPositions.contains(position) else { return }
    // Most answers cite a few sources, and many none: room for a few at the first.
    if citedPositions.isEmpty { citedPositions.reserveCapacity(8) }
    citedPositions.append(position)
  }

  /// Names the sources its lines cited in one `.sources` block at the end, each once in order
  /// of first use, and records them in `sources`.
  ///
  /// A position past the registry's end names nothing.
  /// - Parameter registry: the knowledge base's sources, which the lines cite positions in.
  mutating func gatherCitations(from registry: [Source]) {
    guard !citedPositions.isEmpty else { return }
    var names: [String] = []
    names.reserveCapacity(citedPositions.count)
    sources.reserveCapacity(sources.count + citedPositions.count)
    for position in citedPositions where registry.indices.contains(position) {
      let id = registry[position].id
      guard !sources.contains(id) else { continue }
      sources.append(id)
      let name = registry[position].citation
      // Two pages of one publisher may share a name ("NCEES"): the line names it once. Names of
      // other lengths differ: most are told apart without comparing their text.
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
