import AdvisorCore
import Foundation

/// Regenerates the embedded intents from `Intents/`; run from the package root with `swift run
/// generate-intents`.
///
/// A malformed intent file stops it with the file and line, and the previous generated file is
/// left as it was.
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let folder = root.appendingPathComponent("Intents")
do {
  let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter(IntentLibrary.isEmbedded)
  let files = try names.map { name in
    (name: name, text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
  }
  let source = try IntentLibrary.generatedSource(files: files)
  let output = root.appendingPathComponent(IntentLibrary.generatedSourcePath)
  try source.write(to: output, atomically: true, encoding: .utf8)
  print("wrote \(IntentLibrary.generatedSourcePath) from \(files.count) files")
} catch {
  FileHandle.standardError.write(Data("generate-intents: \(error)\n".utf8))
  exit(1)
}
