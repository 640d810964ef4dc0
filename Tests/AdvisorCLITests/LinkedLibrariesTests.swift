import Testing

/// The libraries the advisor makes the loader map at every start: start-up is measured against
/// a Swift hello world (issue 9), and each library costs the loader a search and relocations.
@Suite struct LinkedLibrariesTests {
  @Test func theAdvisorLinksNeitherConcurrencyNorStringProcessingNorFoundation() throws {
    let result = try BinaryRunner.shell("ldd \"$ADVISOR\"", in: try BinaryRunner.temporaryFolder())
    #expect(result.status == 0)
    #expect(result.stdout.contains("libswiftCore.so"))
    for library in ["libswift_Concurrency", "libswift_StringProcessing", "libdispatch", "libFoundation"] {
      #expect(!result.stdout.contains(library), "advisor links \(library)")
    }
  }
}
