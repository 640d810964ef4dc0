/// Reads lines typed by a person.
public protocol LineReader {
  /// The next line, or nil at the end of input.
  mutating func readLine(prompt: String) -> String?
}
