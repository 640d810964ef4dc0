import Testing

@testable import AdvisorCore

@Suite struct FNV1aTests {
  @Test func matchesThePublishedTestVectors() {
    #expect(FNV1a.hash([UInt8]()) == 0xcbf2_9ce4_8422_2325)
    #expect(FNV1a.hash(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
    #expect(FNV1a.hash(Array("foobar".utf8)) == 0x8594_4171_f739_67e8)
  }

  @Test func addingInRunsIsHashingTheWhole() {
    var hasher = FNV1a()
    hasher.add(Array("foo".utf8))
    hasher.add(Array("bar".utf8))
    #expect(hasher.value == FNV1a.hash(Array("foobar".utf8)))
  }
}
