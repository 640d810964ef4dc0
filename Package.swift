// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "advisor",
  products: [
    .executable(name: "advisor", targets: ["advisor"])
  ],
  targets: [
    // Core: the pure library (knowledge, understanding, conversation, answers, transcripts).
    .target(
      name: "AdvisorCore",
      dependencies: ["CStemmer"]
    ),
    // Turns Intents/ into a Swift source file; shared by the generator and its staleness test.
    .target(name: "IntentsCodegen"),

    // C shims: Debian's libedit and Snowball stemmer, through system-library targets.
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    .systemLibrary(
      name: "CStemmer",
      providers: [.apt(["libstemmer-dev"])]
    ),
    // The only module that imports CEditLine.
    .target(
      name: "LineEditing",
      dependencies: ["CEditLine"]
    ),

    // Executables: thin wrappers over the libraries.
    .executableTarget(
      name: "advisor",
      dependencies: ["AdvisorCore", "LineEditing"]
    ),
    .executableTarget(
      name: "generate-intents",
      dependencies: ["IntentsCodegen"]
    ),
    .executableTarget(
      name: "advisor-benchmark",
      dependencies: ["AdvisorCore"]
    ),

    // Tests
    .testTarget(
      name: "AdvisorCoreTests",
      dependencies: ["AdvisorCore"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "IntentsCodegenTests",
      dependencies: ["IntentsCodegen", "AdvisorCore"]
    ),
    .testTarget(
      name: "AdvisorCLITests",
      dependencies: ["AdvisorCore"]
    ),
  ]
)
