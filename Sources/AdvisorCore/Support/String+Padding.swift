extension String {
  /// The string padded with `character` (a space unless given) to `width` characters.
  func padding(_ width: Int, with character: Character = " ") -> String {
    count >= width ? self : self + String(repeating: character, count: width - count)
  }
}
