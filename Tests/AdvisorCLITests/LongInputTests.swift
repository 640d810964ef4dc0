import Foundation
import Testing

/// Issue 12, case 14: a very long line of piped input is skipped with a message, without
/// holding it in memory.
@Suite struct LongInputTests {
  @Test func aFiftyMegabyteLineIsSkippedInLittleMemory() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var input = Data(repeating: UInt8(ascii: "a"), count: 50 * 1_048_576)
    input.append(contentsOf: Array("\nhello\n".utf8))
    let measured = try BinaryRunner.peakMemory(input: input, until: "Hello!", in: folder)
    #expect(measured.status == 0)
    #expect(
      measured.bytes > 0 && measured.bytes < 40 * 1_048_576, "peak memory \(measured.bytes / 1_048_576) MB")
    #expect(measured.stderr == "advisor: skipped a line longer than 64 KB\n")
  }
}
