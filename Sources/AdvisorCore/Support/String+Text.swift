/// Small text helpers, written here because the core avoids Foundation: loading it
/// would more than double the advisor's start-up time.
extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  func trimmed() -> String {
    let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    guard let first = firstIndex(where: { !isBlank($0) }),
      let last = lastIndex(where: { !isBlank($0) })
    else { return "" }
    return String(self[first...last])
  }
}
