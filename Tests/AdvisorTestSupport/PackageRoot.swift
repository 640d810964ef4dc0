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
