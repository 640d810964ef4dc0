import Testing

/// The libraries the advisor makes the loader map at every start: start-up is measured against
/// a Swift hello world (issue 9), and each library costs the loader a search and relocations.
@Suite struct LinkedLibrariesTests {
  /// The Swift runtime and standard library are linked into the binary (`-static-stdlib`),
  /// and nothing of Swift is loaded beside it.
  @Test func theAdvisorLoadsNoSwiftLibraryNorFoundation() throws {
    let result = try BinaryRunner.shell("ldd \"$ADVISOR\"", in: try BinaryRunner.temporaryFolder())
    #expect(result.status == 0)
    #expect(result.stdout.contains("libc.so"))
    for library in ["libswift", "libdispatch", "libFoundation", "libBlocksRuntime"] {
      #expect(!result.stdout.contains(library), "advisor links \(library)")
    }
  }
}
