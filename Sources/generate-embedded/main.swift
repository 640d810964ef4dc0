import AdvisorGenerator
import Foundation

/// Regenerates the embedded intents and knowledge from `Intents/` and `Knowledge/`; run from the
/// package root with `swift run generate-embedded`.
///
/// A malformed file stops it with the file and line, exit 1, and every previous output is left
/// as it was.
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

/// The files below a folder of the package, as (path relative to it, text); hidden ones skipped.
func files(in folder: String) throws -> [(name: String, text: String)] {
  let base = root.appendingPathComponent(folder).path
  var files: [(name: String, text: String)] = []
  for path in try FileManager.default.subpathsOfDirectory(atPath: base).sorted()
  where !path.hasPrefix(".") && !path.contains("/.") {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder),
      !isFolder.boolValue
    else { continue }
    files.append((path, try String(contentsOfFile: base + "/" + path, encoding: .utf8)))
  }
  return files
}

do {
  let sources = try EmbeddedSources.generate(
    intents: try files(in: "Intents"), knowledge: try files(in: "Knowledge"))
  for (path, source) in sources {
    try source.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
    print("wrote \(path)")
  }
} catch {
  FileHandle.standardError.write(Data("generate-embedded: \(error)\n".utf8))
  exit(1)
}
