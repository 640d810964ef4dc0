import AdvisorCore
import AdvisorTestSupport
import Foundation
import Testing

@testable import AdvisorFuzzing

/// The knowledge mode's seed loads, so its properties are checked rather than skipped, and a
/// broken file is refused with a line of its own.
@Suite struct KnowledgePropertiesTests {
  static let seed = PackageRoot.path("Fuzz/corpus/knowledge/small-world.knowledge")

  @Test func theSeedIsAWholeKnowledgeBase() throws {
    let bytes = try [UInt8](Data(contentsOf: Self.seed)).dropFirst(2)
    let files = bytes.split(separator: 0).map { file in
      let name = file.prefix { $0 != 10 }
      return (
        String(decoding: name, as: UTF8.self), String(decoding: file.dropFirst(name.count + 1), as: UTF8.self)
      )
    }
    let knowledge = try KnowledgeBase(files: files)
    // Mapped outside `#expect`: with Swift 6.3.1's debug build, that macro's expansion of this
    // very expression jumped to a corrupt address once `Role` gained a property.
    let ids = knowledge.roles.map(\.id.rawValue)
    #expect(ids == ["engineering_manager", "engineering_director"])
  }

  @Test func aBrokenFileIsRefusedWithoutViolatingAProperty() throws {
    var bytes = try [UInt8](Data(contentsOf: Self.seed))
    bytes.append(contentsOf: Array("\u{0}roles/x.role\nid x\n".utf8))
    expectNoViolation(bytes)
  }
}
