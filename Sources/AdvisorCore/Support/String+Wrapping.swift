extension String {
  /// The text broken into lines of at most `width` characters, at spaces.
  ///
  /// A word longer than a line is cut. For text the core lays out itself (`:ladder`),
  /// where no terminal renderer wraps it.
  func wrapped(width: Int) -> [String] {
    let width = Swift.max(1, width)
    var lines: [String] = []
    var line = ""
    for word in split(separator: " ") {
      var word = Substring(word)
      if !line.isEmpty, line.count + 1 + word.count <= width {
        line += " " + word
        continue
      }
      if !line.isEmpty { lines.append(line) }
      while word.count > width {
        lines.append(String(word.prefix(width)))
        word = word.dropFirst(width)
      }
      line = String(word)
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
