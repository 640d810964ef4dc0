/// Cited lines added to an answer, and its "Sources:" line made from what they cite.
extension Answer {
  /// Adds a paragraph and records what it cites.
  mutating func text(_ line: Cited) {
    cite(line.citations)
    blocks.append(.text(line.text))
  }

  /// Adds a list of one item, and records what it cites.
  mutating func bullet(_ item: Cited) {
    bullets(CollectionOfOne(item)) { $0 }
  }

  /// Adds a list, unless it is empty, and records what its items cite.
  mutating func bullets(_ items: [Cited]) {
    bullets(items) { $0 }
  }

  /// Adds a list of the line `line` writes for each of `items`, unless it is empty, and records
  /// what they cite: the list of texts is the one made.
  mutating func bullets<Items: Collection>(_ items: Items, _ line: (Items.Element) -> Cited) {
    guard !items.isEmpty else { return }
    var texts: [String] = []
    texts.reserveCapacity(items.count)
    for item in items {
      let written = line(item)
      cite(written.citations)
      texts.append(written.text)
    }
    blocks.append(.bullets(texts))
  }

  /// Adds a table whose first row is the header, and records what its cells cite.
  mutating func table(_ rows: [[Cited]]) {
    blocks.append(
      .table(
        rows.map { row in
          row.map { cell in
            cite(cell.citations)
            return cell.text
          }
        }))
  }

  /// Adds the blocks of `other` after these, and what they cite.
  mutating func append(_ other: Answer) {
    blocks += other.blocks
    cite(other.cited)
  }

  /// Records the sources a line cites, those no line before cited: before it is added, for a
  /// line that cites more than one `Cited` is made with (as many as the roles it lists).
  mutating func cite(_ citations: Citations) {
    cited.add(citations)
  }

  /// Names the sources its lines cited in one `.sources` block at the end, each once in order
  /// of first use, and records them in `sources`.
  ///
  /// The citations recorded are used up: what they said is now in `sources` and the block, so
  /// an answer gathered compares equal to one written with those blocks and sources.
  /// A position past the registry's end names nothing.
  /// - Parameter registry: the knowledge base's sources, which the lines cite positions in.
  mutating func gatherCitations(from registry: [Source]) {
    let cited = self.cited
    self.cited = Citations()
    let count = cited.count
    guard count > 0 else { return }
    var names: [String] = []
    names.reserveCapacity(count)
    // The positions differ, and so the ids they name (loading refuses an id twice): each is
    // looked for only among the sources the answer had before.
    let had = sources.count
    sources.reserveCapacity(had + count)
    func name(_ position: Int) {
      guard registry.indices.contains(position) else { return }
      let id = registry[position].id
      guard had == 0 || !sources[..<had].contains(id) else { return }
      sources.append(id)
      let name = registry[position].citation
      // Two pages of one publisher may share a name ("NCEES"): the line names it once. Names of
      // other lengths differ: most are told apart without comparing their text.
      if !names.contains(where: { $0.utf8.count == name.utf8.count && $0 == name }) { names.append(name) }
    }
    for position in cited { name(position) }
    guard !names.isEmpty else { return }
    // One "Sources:" line: a reply's own sources, named already, come after the registry's.
    if case .sources(let named) = blocks.last {
      blocks[blocks.count - 1] = .sources(names + named.filter { !names.contains($0) })
    } else {
      blocks.append(.sources(names))
    }
  }
}
