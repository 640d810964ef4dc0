extension String {
  /// What `body` makes of the string's UTF-8 bytes: read where they are stored, or from a copy
  /// when they are not stored in one run (never so for a native string).
  ///
  /// The fast paths of understanding read a word's bytes this way, for every word of every
  /// question: in place it costs a few instructions, where `utf8.last`, or the copy that
  /// `withUTF8` makes of a `var`, costs tens.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = self
    return copy.withUTF8(body)
  }
}

extension String {
  /// The string of these UTF-8 bytes, copied straight into it: a word made from the bytes of a
  /// text (the tokenizer's, a stem's), where `String(decoding:as:)` costs half as much again.
  init(utf8Bytes bytes: UnsafeBufferPointer<UInt8>) {
    self.init(unsafeUninitializedCapacity: bytes.count) { $0.initialize(fromContentsOf: bytes) }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether every byte is ASCII: read eight at a time, a word's worth in one load, and the
  /// last few in one load that overlaps the ones before.
  ///
  /// Asked of every question several times (normalizing, splitting it into words, looking for
  /// a question mark) and of every word looked up; one byte at a time it cost several
  /// instructions a byte.
  var isASCII: Bool {
    guard count > 8, let base = baseAddress else { return firstEightBytes & 0x8080_8080_8080_8080 == 0 }
    let raw = UnsafeRawPointer(base)
    var bits = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    var index = 0
    while index + 8 < count {
      bits |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      index += 8
    }
    return bits & 0x8080_8080_8080_8080 == 0
  }

  /// The first eight bytes as one number, the first byte highest and zeros after fewer bytes.
  ///
  /// Read in two loads at most, of the first bytes and of the last ones (which may overlap,
  /// and then set the same bits twice), rather than byte by byte: every word of a question is
  /// looked up by this number (`SortedWords.key(of:)`), in several lists, and inlined there: a
  /// call cost about a third of it.
  @inline(__always)
  var firstEightBytes: UInt64 {
    guard let base = baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    /// The first and the last `Part.bitWidth` bits' worth of bytes, each moved to its place.
    ///
    /// Inlined by force: left generic, each call cost some thirty instructions more.
    @inline(__always)
    func ends<Part: FixedWidthInteger>(_: Part.Type) -> UInt64 {
      let first = UInt64(Part(bigEndian: raw.loadUnaligned(as: Part.self)))
      let last = UInt64(
        Part(bigEndian: raw.loadUnaligned(fromByteOffset: count - Part.bitWidth / 8, as: Part.self)))
      // Masking shifts: both amounts are below 64, and a checked shift costs more than the loads.
      return first &<< (64 - Part.bitWidth) | last &<< (64 - 8 * count)
    }
    switch count {
    case 8...: return UInt64(bigEndian: raw.loadUnaligned(as: UInt64.self))
    case 4...: return ends(UInt32.self)
    case 2...: return ends(UInt16.self)
    case 1: return ends(UInt8.self)
    default: return 0
    }
  }

  /// Whether `byte` is among the bytes.
  ///
  /// Asked of every question (is there a question mark, a dot).
  func contains(byte: UInt8) -> Bool {
    index(ofByte: byte, from: 0) < count
  }

  /// Where the first `byte` is from `start` on, or `count` when there is none: read sixteen
  /// bytes at a time, each sixteen in one vector compare, the last in one load that overlaps the
  /// ones before; most of the bytes searched (an answer line's, a statement's) are not the one
  /// sought, and a byte at a time costs several instructions a byte.
  ///
  /// The compare has one place in the loop: a second, for the last bytes, was compiled into a
  /// call that reduces the vector element by element.
  func index(ofByte byte: UInt8, from start: Int) -> Int {
    var index = start
    if count >= 16, let base = UnsafeRawPointer(baseAddress) {
      let sought = SIMD16<UInt8>(repeating: byte)
      while index < count {
        let sixteen = base.loadUnaligned(fromByteOffset: Swift.min(index, count - 16), as: SIMD16<UInt8>.self)
        if any(sixteen .== sought) { break }
        index += 16
      }
      index = Swift.min(index, count)
    }
    // Within the sixteen bytes that hold it, or in a text shorter than sixteen.
    while index < count, self[index] != byte { index += 1 }
    return index
  }
}
