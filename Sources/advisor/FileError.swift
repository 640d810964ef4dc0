/// A file that could not be read or written, and why.
struct FileError: Error {
  let path: String
  let problem: FileProblem

  /// Why, in a few words, for messages.
  var reason: String { problem.text }
}

/// Why a file could not be read or written; turned into text in one place (`text`).
enum FileProblem {
  /// The system refused, with this error number.
  case system(Int32)
  /// A file where a folder was expected, or the other way round.
  case directory
  /// A device, FIFO or socket where a file was expected.
  case notRegularFile
  /// More bytes than the advisor reads from one file.
  case tooLarge(limit: Int)
  /// A file nobody may write (mode 0444, say), which the advisor does not replace.
  case readOnly
  /// Symbolic links that lead back to themselves.
  case linkLoop
  /// A folder that cannot be listed.
  case unlistable
  /// Bytes that are not UTF-8 text.
  case notUTF8

  var text: String {
    switch self {
    case .system(let number): Platform.describe(number)
    case .directory: "is a directory"
    case .notRegularFile: "is not a regular file"
    case .tooLarge(let limit): "is larger than \(limit / 1_048_576) MB, the most the advisor reads"
    case .readOnly: "is read-only; make it writable first"
    case .linkLoop: "is a symbolic link that leads back to itself"
    case .unlistable: "not a readable folder"
    case .notUTF8: "not valid UTF-8"
    }
  }
}
