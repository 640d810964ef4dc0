extension String {
  /// The string padded with `character` (a space unless given) to `width` characters.
  func padding(_ width: Int, with character: Character = " ") -> String {
    let count = characterCount
    return count >= width ? self : self + String(repeating: character, count: width - count)
  }

  /// How many characters the string has, as `count` says: read from the bytes when they are
  /// ASCII without a carriage return, each byte then a character of its own, since counting
  /// characters otherwise walks their boundaries, and a table counts every cell.
  ///
  /// The bytes are read in place eight at a time: one at a time through the UTF-8 view cost
  /// several instructions a byte, for every cell of every table rendered.
  var characterCount: Int {
    let isByteEach = withBytes { $0.isASCII && !$0.contains(byte: UInt8(ascii: "\r")) }
    return isByteEach ? utf8.count : count
  }
}
