/// The folder where the advisor keeps what it remembers between runs.
///
/// That is `$XDG_STATE_HOME/advisor`, or `~/.local/state/advisor` when XDG_STATE_HOME
/// is unset or not an absolute path, as the XDG base directory specification says. It
/// is created, mode 0700, on first use. The prompt's history and the profile live there,
/// with `lock`, the file two sessions take turns on while they save.
///
/// A folder that exists but cannot be written is still used for reading: the saved
/// history and profile are there for the session; saving them is what fails, with a
/// warning.
enum StateDirectory {
  /// The folder, created if needed; nil when there is no usable one.
  static func path() -> String? {
    try? locate()
  }

  /// The path of a file in the folder; nil when there is no usable folder.
  static func file(_ name: String) -> String? {
    path().map { $0 + "/" + name }
  }

  /// The file sessions lock while they merge and save what they remember.
  static func lockFile(beside path: String) -> String {
    Platform.directoryName(path) + "/lock"
  }

  /// The folder, created if needed.
  /// - Throws: `StateDirectoryError` saying why there is no usable folder.
  static func locate() throws(StateDirectoryError) -> String {
    let base: String
    if let state = absolute(Platform.environment("XDG_STATE_HOME")) {
      base = state
    } else if let home = absolute(Platform.environment("HOME")) {
      base = home + "/.local/state"
    } else {
      throw .noHome
    }
    let path = base + "/advisor"
    guard Platform.makeDirectories(path) else { throw .unusable(path: path) }
    return path
  }

  /// The value without trailing slashes, when it is an absolute path.
  private static func absolute(_ value: String?) -> String? {
    guard let value, value.hasPrefix("/") else { return nil }
    let trimmed = String(value.reversed().drop { $0 == "/" }.reversed())
    return trimmed.isEmpty ? nil : trimmed
  }
}

/// Why there is no state folder.
enum StateDirectoryError: Error, Equatable {
  /// Neither XDG_STATE_HOME nor HOME names an absolute path.
  case noHome
  /// The folder cannot be created (a file is in the way, or permissions).
  case unusable(path: String)
}
