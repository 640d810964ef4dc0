import CMemory

/// A hash table over the lines of a table compiled into the binary as text, each line a key
/// and a tab (`LearnedWeights.table`, `StemTable`): finding a key's line reads a slot or two,
/// where a binary search over 100,000 lines touched some thirty places scattered through
/// megabytes.
///
/// A key's candidates are its first slot (`firstSlot`) and the slots after it, up to an empty
/// one. A slot is seven digits (`TableDigits`): sixteen bits of the key's hash, so that nearly
/// every candidate that is not the key is passed over without reading the table, then where
/// its line starts. One byte follows the last slot, so that every slot can be read as eight
/// bytes at once. Lookup and building share the layout, here, and the hash (`FNV1a`).
///
/// A search can also be taken in steps, for many keys at once (`LineSums`): each key's first
/// slot asked for (`prefetchSlot`), then its first candidate found and its line asked for
/// (`firstCandidate`), then its line read (`find(_:hash:from:table:index:)`).
enum FeatureIndex {
  /// Digits a slot takes.
  static let slotWidth = 7
  /// How a slot with no line is written.
  static let emptySlot = String(repeating: ".", count: slotWidth)
  /// Bits of the hash a slot keeps; the rest of its bits say where a line starts.
  private static let tagBits = 16
  private static let startBits = slotWidth * 6 - tagBits

  /// The index of lines that start at `starts`, with the features `keys`: two slots for every
  /// three lines, so most searches stop at the first empty slot.
  static func build(keys: [[UInt8]], starts: [Int]) -> String {
    let slotCount = keys.count * 3 / 2 + 1
    var slots = [Int?](repeating: nil, count: slotCount)
    for (key, start) in zip(keys, starts) {
      precondition(start < 1 << startBits, "the learned table has outgrown its index")
      let hash = FNV1a.hash(key)
      var slot = firstSlot(of: hash, among: slotCount)
      while slots[slot] != nil { slot = (slot + 1) % slotCount }
      slots[slot] = Int(hash >> UInt64(64 - tagBits)) << startBits | start
    }
    var text: [UInt8] = []
    text.reserveCapacity(slotCount * slotWidth + 1)
    for slot in slots {
      guard let slot else {
        text += emptySlot.utf8
        continue
      }
      text += TableDigits.encode(slot, count: slotWidth)
    }
    text.append(UInt8(ascii: "."))
    return String(decoding: text, as: UTF8.self)
  }

  /// Where the line of `key` starts in `table`, or nil when no line has that feature.
  static func find(
    _ key: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>, index: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    let hash = FNV1a.hash(key)
    return find(key, hash: hash, from: firstCandidate(of: hash, index: index), table: table, index: index)
  }

  /// A slot with the tag of a key's hash, and where the line it is for starts: the key's line,
  /// nearly always, if the table has one.
  struct Candidate {
    let slot: Int
    let lineStart: Int
  }

  /// Where the line of `key` starts in `table`, searching on from `candidate`, found for its
  /// `hash` (`firstCandidate`); nil when there is none or no candidate's line is the key's.
  static func find(
    _ key: UnsafeBufferPointer<UInt8>, hash: UInt64, from candidate: Candidate?,
    table: UnsafeBufferPointer<UInt8>,
    index: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    var candidate = candidate
    while let next = candidate {
      if isLine(of: key, in: table, at: next.lineStart) { return next.lineStart }
      candidate = self.candidate(of: hash, from: next.slot + 1, index: index)
    }
    return nil
  }

  /// The first slot that may be the line of a key with `hash`, or nil when none may be.
  static func firstCandidate(of hash: UInt64, index: UnsafeBufferPointer<UInt8>) -> Candidate? {
    candidate(of: hash, from: firstSlot(of: hash, among: index.count / slotWidth), index: index)
  }

  /// Starts loading, into the cache, the first slot a key with `hash` may be in.
  @inline(__always)
  static func prefetchSlot(of hash: UInt64, index: UnsafeBufferPointer<UInt8>) {
    guard let slots = index.baseAddress else { return }
    cmemory_prefetch(slots + firstSlot(of: hash, among: index.count / slotWidth) * slotWidth)
  }

  /// The first slot from `slot` on, round the end, with the tag of `hash`, or nil when an
  /// empty slot comes first.
  private static func candidate(of hash: UInt64, from slot: Int, index: UnsafeBufferPointer<UInt8>)
    -> Candidate?
  {
    let slotCount = index.count / slotWidth
    guard slotCount > 0, index.count > slotCount * slotWidth, let slots = index.baseAddress else {
      return nil
    }
    let tag = Int(hash >> UInt64(64 - tagBits))
    var slot = slot == slotCount ? 0 : slot
    while slots[slot * slotWidth] != UInt8(ascii: ".") {
      // A slot's first digit is the top six bits of its tag: most slots of other features, a
      // search for a feature not in the table passing several, are passed over on it.
      if TableDigits.value(slots[slot * slotWidth]) == tag >> (tagBits - 6) {
        let value = slotValue(UnsafeRawPointer(slots + slot * slotWidth))
        if value >> startBits == tag { return Candidate(slot: slot, lineStart: value & (1 << startBits - 1)) }
      }
      slot += 1
      if slot == slotCount { slot = 0 }
    }
    return nil
  }

  /// The first slot a key with `hash` may be in: the hash's bits below its tag scaled to the
  /// slots, by a multiplication rather than the division a remainder takes.
  ///
  /// The tag's bits are left out, or every key near a slot would share the first digit of its
  /// tag there, and none would be passed over on it.
  private static func firstSlot(of hash: UInt64, among slotCount: Int) -> Int {
    guard slotCount > 0 else { return 0 }
    return Int(UInt64(slotCount).multipliedFullWidth(by: hash << UInt64(tagBits)).high)
  }

  /// The number a slot's seven digits write, read as one eight-byte word: each digit's value
  /// taken out of every byte at once, then neighbouring digits joined in pairs, pairs of
  /// pairs and halves, most significant first.
  @inline(__always)
  static func slotValue(_ slot: UnsafeRawPointer) -> Int {
    // The slot's digits in bytes 1–7 (little-endian: its first digit at bits 8–15), and a
    // zero digit in byte 0.
    let word = UInt64(littleEndian: slot.loadUnaligned(as: UInt64.self)) << 8 | UInt64(TableDigits.zero)
    let digits = word &- 0x0101_0101_0101_0101 &* UInt64(TableDigits.zero)
    let pairs = (digits & 0x00FF_00FF_00FF_00FF) << 6 | digits >> 8 & 0x00FF_00FF_00FF_00FF
    let fours = (pairs & 0x0000_FFFF_0000_FFFF) << 12 | pairs >> 16 & 0x0000_FFFF_0000_FFFF
    return Int((fours & 0xFFFF_FFFF) << 24 | fours >> 32)
  }

  /// Whether the line at `start`, whose feature ends at a tab, is `key`'s: compared eight
  /// bytes at a time, since nearly every search ends by comparing its feature once.
  private static func isLine(
    of key: UnsafeBufferPointer<UInt8>, in table: UnsafeBufferPointer<UInt8>, at start: Int
  ) -> Bool {
    guard start + key.count < table.count, table[start + key.count] == UInt8(ascii: "\t"),
      let keyBytes = key.baseAddress, let tableBytes = table.baseAddress
    else { return false }
    let line = UnsafeRawPointer(tableBytes + start)
    let feature = UnsafeRawPointer(keyBytes)
    var offset = 0
    while offset + 8 <= key.count {
      guard
        line.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
          == feature.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      else { return false }
      offset += 8
    }
    return (offset..<key.count).allSatisfy { key[$0] == table[start + $0] }
  }
}
