/// An error found at a line of a file: what intent files and transcripts both report,
/// rendered the same way everywhere (`file:line: problem`).
public protocol FileLocatedError: Error, CustomStringConvertible {
  var file: String { get }
  /// 1-based; 0 when the problem is with the whole file.
  var line: Int { get }
  /// What is wrong, in words, without the place.
  var problemText: String { get }
}

extension FileLocatedError {
  /// `file:line: problem`, or `file: problem` for the whole file.
  public var description: String {
    (line > 0 ? "\(file):\(line): " : "\(file): ") + problemText
  }
}
