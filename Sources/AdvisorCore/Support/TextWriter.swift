/// Writes strings one after another into a string made for them at once.
///
/// Every line of every answer is a few pieces (a fact, a space, its citation): appending them
/// one by one costs a couple of hundred instructions each, and an interpolation sizes its string
/// by a guess; copying their bytes into a string sized for them costs a few tens.
struct TextWriter: TextSink {
  private let buffer: UnsafeMutableBufferPointer<UInt8>
  /// How many bytes are written so far.
  private(set) var count = 0

  fileprivate init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
    self.buffer = buffer
  }

  /// Writes `piece` after what is written so far.
  ///
  /// Its bytes are copied where they are stored, which they always are for a native string; the
  /// string was made with room for them (`String(capacity:writing:)`).
  mutating func write(_ piece: some StringProtocol) {
    let isCopied =
      piece.utf8.withContiguousStorageIfAvailable { bytes in
        copy(bytes)
        return true
      } ?? false
    if !isCopied { copy(Array(piece.utf8)) }
  }

  /// Writes `count` spaces, as many as pad a table's cell, at once rather than piece by piece.
  mutating func writeSpaces(_ count: Int) {
    precondition(self.count + count <= buffer.count, "a text longer than the room made for it")
    guard count > 0, let to = buffer.baseAddress else { return }
    (to + self.count).initialize(repeating: UInt8(ascii: " "), count: count)
    self.count += count
  }

  private mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
    precondition(count + bytes.count <= buffer.count, "a text longer than the room made for it")
    guard let from = bytes.baseAddress, let to = buffer.baseAddress else { return }
    (to + count).initialize(from: from, count: bytes.count)
    count += bytes.count
  }

  private mutating func copy(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { copy($0) }
  }
}

/// Where text is written piece by piece: a string made for it, or a count of its bytes that
/// sizes that string first, so that one walk through the pieces serves both.
protocol TextSink {
  /// Writes `piece` after what is written so far.
  mutating func write(_ piece: some StringProtocol)
  /// Writes `count` spaces after what is written so far.
  mutating func writeSpaces(_ count: Int)
}

extension String {
  /// The most bytes a string is written on the stack before it is copied into its storage.
  private static let writtenOnStack = 1024

  /// The string `body` writes, in at most `capacity` bytes of UTF-8.
  ///
  /// Written into scratch memory, then copied into the string without checking that it is
  /// UTF-8: every piece written is a string, so their bytes one after another are UTF-8 too.
  /// Made in its own storage at once (`String(unsafeUninitializedCapacity:)`), the text was
  /// decoded byte by byte to check it again whenever it had a byte beyond ASCII, as an answer's
  /// dashes and quotes are; whether it is ASCII is read here eight bytes at a time. The scratch
  /// is on the stack for up to a kilobyte, on the heap for a longer text (a long answer
  /// rendered), which costs less than checking it.
  init(capacity: Int, writing body: (inout TextWriter) -> Void) {
    guard capacity <= Self.writtenOnStack else {
      let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity)
      defer { scratch.deallocate() }
      self.init(writing: body, into: scratch)
      return
    }
    self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { scratch in
      String(writing: body, into: scratch)
    }
  }

  /// The string `body` writes into `scratch`, copied out of it unchecked.
  private init(writing body: (inout TextWriter) -> Void, into scratch: UnsafeMutableBufferPointer<UInt8>) {
    var writer = TextWriter(scratch)
    body(&writer)
    let written = UnsafeBufferPointer(rebasing: scratch[..<writer.count])
    self.init(copying: UTF8Span(unchecked: written.span, isKnownASCII: written.isASCII))
  }

  /// The pieces one after another, in a string sized for them at once: "a" + "b" + "c" with
  /// one allocation instead of one for each `+`.
  ///
  /// Inlined by force, so that the list of pieces does not outlive the caller's frame and is
  /// made on the stack: called, it was an array made and freed on the heap for nearly every
  /// line of every answer. (A pack of pieces rather than a list was read through the protocol's
  /// witnesses, 9% more instructions a question.)
  @inline(__always)
  init(concatenating pieces: String...) {
    self.init(capacity: pieces.reduce(0) { $0 + $1.utf8.count }) { text in
      for piece in pieces { text.write(piece) }
    }
  }

  /// The pieces with `separator` between each two, in a string sized for them at once, where
  /// `joined(separator:)` grows its string piece by piece.
  init(joining pieces: [String], separator: String) {
    let length =
      pieces.reduce(0) { $0 + $1.utf8.count } + separator.utf8.count * Swift.max(pieces.count - 1, 0)
    self.init(capacity: length) { text in
      for (index, piece) in pieces.enumerated() {
        if index > 0 { text.write(separator) }
        text.write(piece)
      }
    }
  }
}
