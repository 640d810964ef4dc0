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
    // Generator: the Swift sources that embed Intents/ and Knowledge/ in the core; never shipped.
    .target(
      name: "AdvisorGenerator",
      dependencies: ["AdvisorCore"]
    ),

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
    // libFuzzer's driver, declared weak: linked only by a `-sanitize=fuzzer` build (make fuzz).
    .systemLibrary(name: "CLibFuzzer"),
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
    // Rewrites Sources/AdvisorCore/Generated/ from Intents/ and Knowledge/
    // (swift run generate-embedded).
    .executableTarget(
      name: "generate-embedded",
      dependencies: ["AdvisorGenerator"]
    ),
    .executableTarget(
      name: "advisor-benchmark",
      dependencies: ["AdvisorCore"]
    ),

    // Fuzzing: the properties checked on mutated inputs, and the libFuzzer executable (make fuzz).
    .target(
      name: "AdvisorFuzzing",
      dependencies: ["AdvisorCore"]
    ),
    .executableTarget(
      name: "advisor-fuzz",
      dependencies: ["AdvisorFuzzing", "CLibFuzzer"],
      // The core rounds numbers (libm); nothing in this executable imports Glibc, which links it.
      linkerSettings: [.linkedLibrary("m")]
    ),

    // Tests
    .target(
      name: "AdvisorTestSupport",
      path: "Tests/AdvisorTestSupport"
    ),
    .testTarget(
      name: "AdvisorCoreTests",
      dependencies: ["AdvisorCore", "AdvisorTestSupport"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "AdvisorGeneratorTests",
      dependencies: ["AdvisorGenerator", "AdvisorCore", "AdvisorTestSupport"]
    ),
    .testTarget(
      name: "AdvisorFuzzingTests",
      dependencies: ["AdvisorFuzzing", "AdvisorTestSupport"]
    ),
    .testTarget(
      name: "AdvisorCLITests",
      dependencies: ["AdvisorCore", "AdvisorTestSupport"]
    ),
  ]
)
