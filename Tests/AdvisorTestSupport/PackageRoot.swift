import Foundation

/// Where the package's own files are, for tests that read them (transcripts, intent
/// files, fixtures) or run what it built.
public enum PackageRoot {
  /// The package root: the nearest folder above this file that holds `Package.swift`.
  public static let url: URL = {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.path != "/",
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
    {
      folder.deleteLastPathComponent()
    }
    return folder
  }()

  /// A file or folder of the package, by its path from the root.
  public static func path(_ relative: String) -> URL {
    url.appendingPathComponent(relative)
  }
}

extension PackageRoot {
  /// The files below a folder of the package (`Intents`, `Knowledge`), as (path relative to
  /// it, text), in path order; hidden ones skipped.
  public static func files(in folder: String) throws -> [(name: String, text: String)] {
    let base = path(folder).path
    var files: [(name: String, text: String)] = []
    for name in try FileManager.default.subpathsOfDirectory(atPath: base).sorted()
    where !name.hasPrefix(".") && !name.contains("/.") {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: base + "/" + name, isDirectory: &isFolder),
        !isFolder.boolValue
      else { continue }
      files.append((name, try String(contentsOfFile: base + "/" + name, encoding: .utf8)))
    }
    return files
  }
}
