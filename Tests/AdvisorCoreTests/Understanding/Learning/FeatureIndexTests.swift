import Testing

@testable import AdvisorCore

@Suite struct FeatureIndexTests {
  /// A slot's seven digits, read as one word, must give the number they write digit by digit,
  /// at the smallest and largest numbers and on random ones, whatever byte follows them.
  @Test func slotValueReadsSevenDigitsAsWrittenOneByOne() {
    var random = SplitMix64(seed: 11)
    let largest = 1 << (6 * FeatureIndex.slotWidth) - 1
    var values = [0, 1, 63, 64, largest, largest - 1]
    for _ in 0..<10_000 { values.append(Int(random.next() % UInt64(largest + 1))) }
    for value in values {
      let following = [UInt8(ascii: "."), TableDigits.digit(Int(random.next() % 64))]
      for next in following {
        let bytes = TableDigits.encode(value, count: FeatureIndex.slotWidth) + [next]
        let read = bytes.withUnsafeBytes { FeatureIndex.slotValue($0.baseAddress!) }
        #expect(read == value, "\(value)")
      }
    }
  }

  /// Every key of a table is found at its line, and keys that are not there are not, however
  /// the slots wrap around the end of the index.
  @Test func findsEveryLineByItsKeyAndNoOther() {
    let keys = (0..<500).map { Array("feature \($0)".utf8) }
    var table: [UInt8] = []
    var starts: [Int] = []
    for key in keys {
      starts.append(table.count)
      table += key + Array("\tweights\n".utf8)
    }
    let index = Array(FeatureIndex.build(keys: keys, starts: starts).utf8)
    #expect(index.count == (keys.count * 3 / 2 + 1) * FeatureIndex.slotWidth + 1)
    table.withUnsafeBufferPointer { table in
      index.withUnsafeBufferPointer { index in
        for (key, start) in zip(keys, starts) {
          #expect(key.withUnsafeBufferPointer { FeatureIndex.find($0, table: table, index: index) } == start)
        }
        for missing in ["feature 500", "feature", "", "feature 1 ", "eature 1"].map({ Array($0.utf8) }) {
          #expect(
            missing.withUnsafeBufferPointer { FeatureIndex.find($0, table: table, index: index) } == nil)
        }
      }
    }
  }
}
