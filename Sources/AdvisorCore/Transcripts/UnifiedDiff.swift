/// A unified diff of two lists of lines, for showing how an answer changed.
public enum UnifiedDiff {
  /// `--- expected` / `+++ actual` with every line marked ` `, `-` or `+`.
  ///
  /// Shows whole answers rather than hunks with context: answers are a few lines, and a
  /// reader wants to see the whole answer the advisor gave.
  /// - Parameters:
  ///   - expected: the lines the transcript expects.
  ///   - actual: the lines the advisor gave.
  ///   - line: the file line where the expected lines start, for the hunk header.
  /// - Returns: the diff's lines, joined by line ends.
  public static func diff(expected: [String], actual: [String], line: Int = 1) -> String {
    var lines = [
      "--- expected", "+++ actual", "@@ -\(line),\(expected.count) +\(line),\(actual.count) @@",
    ]
    let table = lcsTable(expected, actual)
    var i = 0
    var j = 0
    while i < expected.count || j < actual.count {
      if i < expected.count, j < actual.count, expected[i] == actual[j] {
        lines.append(" " + expected[i])
        i += 1
        j += 1
      } else if i < expected.count, j == actual.count || table[i + 1][j] >= table[i][j + 1] {
        lines.append("-" + expected[i])
        i += 1
      } else {
        lines.append("+" + actual[j])
        j += 1
      }
    }
    return lines.joined(separator: "\n")
  }

  /// `table[i][j]`: the longest common subsequence of `a[i...]` and `b[j...]`.
  private static func lcsTable(_ a: [String], _ b: [String]) -> [[Int]] {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    return table
  }
}
