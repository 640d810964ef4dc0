import Foundation
import IntentsCodegen

/// Regenerates the embedded intents from `Intents/`; run from the package root with
/// `swift run generate-intents`.
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let folder = root.appendingPathComponent("Intents")
do {
  let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter(IntentsSourceGenerator.isEmbedded)
  let files = try names.map { name in
    (name: name, text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
  }
  let output = root.appendingPathComponent(IntentsSourceGenerator.outputPath)
  try IntentsSourceGenerator.source(files: files).write(to: output, atomically: true, encoding: .utf8)
  print("wrote \(IntentsSourceGenerator.outputPath) from \(files.count) files")
} catch {
  FileHandle.standardError.write(Data("generate-intents: \(error.localizedDescription)\n".utf8))
  exit(1)
}
