/// What is wrong with a file, with where: the one shape intent files and transcripts
/// both report, rendered the same way everywhere (`file:line: problem`).
public struct FileLocatedError<Problem: FileProblem>: Error, Sendable, Equatable {
  public let file: String
  /// 1-based; 0 when the problem is with the whole file.
  public let line: Int
  public let problem: Problem

  /// Creates an error at `line` of `file` (0 for the whole file).
  public init(file: String, line: Int, problem: Problem) {
    self.file = file
    self.line = line
    self.problem = problem
  }

  /// Whether there is nothing to read (exit 66, EX_NOINPUT) rather than a malformed
  /// file (65, EX_DATAERR).
  public var isUnreadable: Bool { problem.isUnreadable }
}

/// A kind of problem in a file: cases carry data, and `text` turns them into words.
public protocol FileProblem: Error, Sendable, Equatable {
  /// What is wrong, in words, without the place.
  var text: String { get }
  /// Whether the file could not be read at all, rather than being malformed.
  var isUnreadable: Bool { get }
}

extension FileLocatedError: CustomStringConvertible {
  /// `file:line: problem`, or `file: problem` for the whole file.
  public var description: String {
    (line > 0 ? "\(file):\(line): " : "\(file): ") + problem.text
  }
}
