/// The terms of a `TermIndex` grouped by a small number each has (the stem a term is tried at,
/// or the fact it tests): a group is its count of terms, then each term written out as one
/// record, its place, its intent, where its key is among its stems, how many stems it has, then
/// the stems.
///
/// Records side by side rather than places pointing into arrays of offsets, starts and stems:
/// trying a word's terms reads one stretch of memory, where following a place through three
/// more arrays waited on each in turn. Numbers of 32 bits, for twice as many to a cache line.
package struct TermGroups: Sendable {
  /// Where each key's group starts in `records`, then where the last key's ends.
  package let starts: [Int32]
  package let records: [Int32]

  /// One term, as its record holds it.
  struct Term {
    let place: Int
    let intent: Int
    /// Where the term's key is among its stems: a term found at word `w` starts at `w - offset`.
    let offset: Int
    /// The term's stems, read in place: valid only while `forEach` hands the term out.
    let stems: UnsafeBufferPointer<Int32>
  }

  /// How many numbers a record has besides its stems.
  private static let header = 4

  /// Groups already laid out, as `generate-embedded` writes them.
  package init(starts: [Int32], records: [Int32]) {
    self.starts = starts
    self.records = records
  }

  /// Groups the terms by their `keys` (-1 for a term in no group), each group in the terms'
  /// order; `term` gives a place's intent, offset and stems.
  init(keys: [Int], _ term: (_ place: Int) -> (intent: Int, offset: Int, stems: ArraySlice<Int>)) {
    let places = PlacesByKey(keys: keys)
    var starts: [Int32] = []
    var records: [Int32] = []
    for key in 0..<(keys.max() ?? -1) + 1 {
      starts.append(Int32(records.count))
      records.append(Int32(places.count(withKey: key)))
      places.forEach(withKey: key) { place in
        let (intent, offset, stems) = term(place)
        records += [Int32(place), Int32(intent), Int32(offset), Int32(stems.count)] + stems.map { Int32($0) }
      }
    }
    starts.append(Int32(records.count))
    self.init(starts: starts, records: records)
  }

  /// Hands `body` the terms with `key`, in order; none for a key no term has.
  ///
  /// Read through a pointer, trusting the records as they were laid out: checking every
  /// number read against the array's bounds cost a comparison and a branch each.
  func forEach(withKey key: Int, _ body: (Term) -> Void) {
    guard key >= 0, key + 1 < starts.count else { return }
    let end = Int(starts[key + 1])
    records.withUnsafeBufferPointer { records in
      var record = Int(starts[key]) + 1
      while record < end {
        let first = record + Self.header
        let stems = UnsafeBufferPointer(rebasing: records[first..<first + Int(records[record + 3])])
        body(
          Term(
            place: Int(records[record]), intent: Int(records[record + 1]), offset: Int(records[record + 2]),
            stems: stems))
        record = first + stems.count
      }
    }
  }

  /// How many terms have `key`.
  func count(withKey key: Int) -> Int {
    guard key >= 0, key + 1 < starts.count else { return 0 }
    return Int(records[Int(starts[key])])
  }
}
