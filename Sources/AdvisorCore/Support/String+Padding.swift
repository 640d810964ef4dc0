extension String {
  /// The string padded with `character` (a space unless given) to `width` characters.
  func padding(_ width: Int, with character: Character = " ") -> String {
    let count = characterCount
    return count >= width ? self : self + String(repeating: character, count: width - count)
  }

  /// How many characters the string has, as `count` says: read from the bytes when they are
  /// ASCII without a carriage return, each byte then a character of its own, since counting
  /// characters otherwise walks their boundaries, and a table counts every cell.
  var characterCount: Int {
    utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") } ? utf8.count : count
  }
}
