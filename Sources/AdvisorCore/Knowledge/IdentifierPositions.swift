/// Where each id of a list is, found by the id's `TextKey` in a small open-addressed table.
///
/// Nearly every line of an answer looks up the source it cites and the roles it names: a
/// `Dictionary` hashed the whole id each time, hundreds of instructions; three loads, a multiply
/// and a probe or two cost a few tens, and comparing the keys confirms it.
struct IdentifierPositions<Kind>: Sendable {
  /// The ids of the list, in its order.
  private let ids: [Identifier<Kind>]
  /// Their keys, in the same order.
  private let keys: [TextKey]
  /// For each slot, the position of the id whose key lands there (or after, when taken), or -1.
  private let slots: [Int]

  init(_ ids: [Identifier<Kind>]) {
    self.ids = ids
    keys = ids.map { TextKey($0.rawValue) }
    // Twice as many slots as ids, at least, keeps probes short.
    var slots = [Int](repeating: -1, count: 1 << (Int.bitWidth - max(ids.count, 1).leadingZeroBitCount + 1))
    for position in ids.indices {
      var slot = Self.slot(of: keys[position], among: slots.count)
      // The first of two equal ids keeps its place, as a search from the start finds it.
      while slots[slot] >= 0, ids[slots[slot]] != ids[position] { slot = (slot + 1) & (slots.count - 1) }
      if slots[slot] < 0 { slots[slot] = position }
    }
    self.slots = slots
  }

  /// Where `id` is in the list; the first place, should it be there twice.
  func position(of id: Identifier<Kind>) -> Int? {
    let key = TextKey(id.rawValue)
    var slot = Self.slot(of: key, among: slots.count)
    while slots[slot] >= 0 {
      let position = slots[slot]
      if keys[position] == key, key.isWhole || ids[position] == id { return position }
      slot = (slot + 1) & (slots.count - 1)
    }
    return nil
  }

  /// The slot a key starts its search at, among `count` (a power of two).
  private static func slot(of key: TextKey, among count: Int) -> Int {
    let mixed = (key.head ^ key.tail &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)) &* 0xBF58_476D_1CE4_E5B9
    return Int(truncatingIfNeeded: mixed >> 32) & (count - 1)
  }
}
