// swift-tools-version: 6.2
// 6.2 or later: the core copies text it has written from strings into a string without
// checking its UTF-8 again (`UTF8Span`, new in Swift 6.2).
import PackageDescription

/// The shipped modules import neither `_StringProcessing` nor `_Concurrency`, which Swift imports
/// into every module unless told not to: then the advisor links neither, and the loader maps
/// six libraries fewer at every start (issue 9: start-up against a Swift hello world).
let withoutImplicitImports: [SwiftSetting] = [
  .unsafeFlags([
    "-Xfrontend", "-disable-implicit-string-processing-module-import",
    "-Xfrontend", "-disable-implicit-concurrency-module-import",
  ])
]

/// The shipped executables carry the Swift runtime and standard library inside them
/// (`-static-stdlib`) rather than loading `libswiftCore.so`: the loader has one library fewer to
/// map and bind at every start, and each of the runtime's calls (every retain and release) is
/// a direct call instead of one through the procedure linkage table (issue 9: start-up against
/// a Swift hello world, and time a question).
let withStaticStandardLibrary: [LinkerSetting] = [.unsafeFlags(["-static-stdlib"])]

let package = Package(
  name: "advisor",
  products: [
    .executable(name: "advisor", targets: ["advisor"])
  ],
  targets: [
    // Core: the pure library (knowledge, understanding, conversation, answers, transcripts).
    .target(
      name: "AdvisorCore",
      dependencies: ["CStemmer", "CMemory"],
      swiftSettings: withoutImplicitImports,
      // Debian's static archive (`-l:libstemmer.a`): the loader then has one library fewer to
      // map and relocate at every start.
      linkerSettings: [.linkedLibrary(":libstemmer.a")]
    ),
    // Generator: the Swift sources that embed Intents/ and Knowledge/ in the core; never shipped.
    .target(
      name: "AdvisorGenerator",
      dependencies: ["AdvisorCore"]
    ),

    // C shims: Debian's libedit and Snowball stemmer, through system-library targets; the
    // libraries themselves are linked statically (see `AdvisorCore` and `LineEditing`).
    .systemLibrary(
      name: "CEditLine",
      providers: [.apt(["libedit-dev"])]
    ),
    .systemLibrary(
      name: "CStemmer",
      providers: [.apt(["libstemmer-dev"])]
    ),
    // Clang's prefetch builtin, which Swift does not offer: a header, no library.
    .systemLibrary(name: "CMemory"),
    // libFuzzer's driver, declared weak: linked only by a `-sanitize=fuzzer` build (make fuzz).
    .systemLibrary(name: "CLibFuzzer"),
    // The only module that imports CEditLine.
    .target(
      name: "LineEditing",
      dependencies: ["CEditLine"],
      swiftSettings: withoutImplicitImports,
      // libedit and what it needs (terminfo, libbsd, libmd), from their static archives, so that
      // `advisor ask`, which never edits a line, does not load four libraries at start-up.
      linkerSettings: [":libedit.a", ":libtinfo.a", ":libbsd.a", ":libmd.a"].map { .linkedLibrary($0) }
    ),

    // Executables: thin wrappers over the libraries.
    .executableTarget(
      name: "advisor",
      dependencies: ["AdvisorCore", "LineEditing"],
      swiftSettings: withoutImplicitImports,
      linkerSettings: withStaticStandardLibrary
    ),
    // Rewrites Sources/AdvisorCore/Generated/ from Intents/ and Knowledge/
    // (swift run generate-embedded).
    .executableTarget(
      name: "generate-embedded",
      dependencies: ["AdvisorGenerator"]
    ),
    .executableTarget(
      name: "advisor-benchmark",
      dependencies: ["AdvisorCore"],
      linkerSettings: withStaticStandardLibrary
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
