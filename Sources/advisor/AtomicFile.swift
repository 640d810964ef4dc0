/// The one writer for every file the advisor changes (history, profile, recordings,
/// transcripts rewritten by `check --update`): a good file is never replaced by a bad
/// one.
///
/// The text goes to a new temporary file beside the target, every write, flush and close
/// checked; only then is it renamed over the target in one step, so a full disk, a crash
/// or a signal leaves either the old file or the new one, never half of one. The new file
/// keeps the old one's permissions. A symbolic link is written through: its target gets
/// the new text and the link stays a link. A file nobody may write (0444) is refused, as
/// is anything that is not a regular file.
enum AtomicFile {
  /// How many links a path may go through before it counts as a loop (as the kernel's
  /// own limit, ELOOP).
  static let maximumLinks = 40

  /// Replaces (or creates) the file at `path` with `text`.
  /// - Parameters:
  ///   - text: the file's new contents.
  ///   - path: the file, or a symbolic link to it.
  ///   - permissions: for a new file; an existing one keeps its own.
  /// - Throws: `FileError` saying why nothing was changed.
  static func write(_ text: String, to path: String, permissions: UInt32 = 0o644) throws(FileError) {
    let target = try resolvingLinks(path)
    var mode = permissions
    if let existing = Platform.status(target) {
      guard existing.kind == .regular else {
        throw FileError(path: path, problem: existing.kind == .directory ? .directory : .notRegularFile)
      }
      guard existing.permissions & 0o222 != 0, Platform.mayWrite(target) else {
        throw FileError(path: path, problem: .readOnly)
      }
      mode = existing.permissions
    }
    let temporary = target + ".tmp.\(Platform.processID)"
    try Platform.writeNewFile(temporary, text, permissions: mode)
    try Platform.replace(target, with: temporary)
  }

  /// The file a path finally names, following symbolic links (a link's relative target
  /// is read from the link's folder); the path itself when it is not a link.
  /// - Throws: `FileError` with `.linkLoop` after `maximumLinks` links.
  static func resolvingLinks(_ path: String) throws(FileError) -> String {
    var current = path
    for _ in 0..<maximumLinks {
      guard Platform.status(current, followingLinks: false)?.kind == .symbolicLink,
        let link = Platform.linkTarget(current)
      else { return current }
      current = link.hasPrefix("/") ? link : Platform.directoryName(current) + "/" + link
    }
    throw FileError(path: path, problem: .linkLoop)
  }
}
