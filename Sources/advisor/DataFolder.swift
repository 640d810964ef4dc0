/// Reads the folders a user names: `--intents DIR`, `--knowledge DIR`, and the folders of
/// transcripts `check` and `replay` search.
enum DataFolder {
  /// `name` inside `folder`.
  static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// The files below `folder`, as paths relative to it, recursively, in name order, hidden
  /// entries skipped; nil when the folder cannot be listed.
  static func paths(in folder: String) -> [String]? {
    var visited = Set<[UInt64]>()
    return paths(in: folder, visited: &visited)
  }

  /// The walk behind `paths(in:)`: each folder is listed once, however many links lead to
  /// it, so a link back to a parent (`loop -> .`) ends the walk instead of repeating it
  /// without end.
  private static func paths(in folder: String, visited: inout Set<[UInt64]>) -> [String]? {
    guard let identity = Platform.status(folder)?.identity else { return nil }
    guard visited.insert(identity).inserted else { return [] }
    guard let names = Platform.directoryEntries(folder) else { return nil }
    var found: [String] = []
    for name in names where !name.hasPrefix(".") {
      let child = join(folder, name)
      if Platform.isDirectory(child) {
        found += (paths(in: child, visited: &visited) ?? []).map { name + "/" + $0 }
      } else {
        found.append(name)
      }
    }
    return found
  }

  /// The files below `folder` whose relative path `include` accepts, as (relative path, text).
  /// - Throws: `FileError` for a folder that cannot be listed, or a file that cannot be read
  ///   or is not UTF-8.
  static func texts(in folder: String, where include: (String) -> Bool) throws(FileError) -> [(
    name: String, text: String
  )] {
    guard let paths = paths(in: folder) else {
      throw FileError(path: folder, problem: .unlistable)
    }
    var files: [(name: String, text: String)] = []
    for name in paths where include(name) {
      let bytes = try Platform.readFile(join(folder, name), limit: Limits.fileBytes)
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw FileError(path: join(folder, name), problem: .notUTF8)
      }
      files.append((name, text))
    }
    return files
  }
}
