import AdvisorCore

/// Reads transcript files from paths, folders, or standard input (`-`).
enum TranscriptLoader {
  /// Loads one transcript.
  /// - Throws: `CLIError.transcript` for an unreadable or malformed file.
  static func load(_ path: String) throws(CLIError) -> Transcript {
    let bytes: [UInt8]
    if path == "-" {
      bytes = Platform.readStandardInput()
    } else {
      do {
        bytes = try Platform.readFile(path)
      } catch {
        throw .transcript(TranscriptError(file: path, line: 0, problem: .unreadable(error.reason)))
      }
    }
    do throws(TranscriptError) {
      return try TranscriptParser.parse(bytes: bytes, file: path == "-" ? "<stdin>" : path)
    } catch {
      throw .transcript(error)
    }
  }

  /// The transcript files a path names: the file itself, or a folder's `*.transcript`
  /// files (recursively), in name order.
  static func files(at path: String) throws(CLIError) -> [String] {
    guard Platform.isDirectory(path) else { return [path] }
    var found: [String] = []
    for name in Platform.directoryEntries(path) ?? [] {
      let child = path.hasSuffix("/") ? path + name : path + "/" + name
      if Platform.isDirectory(child) {
        found += try files(at: child)
      } else if name.hasSuffix(".transcript") {
        found.append(child)
      }
    }
    return found
  }
}
