/// The weights as a file of text, so weights learned from an edited copy of `Intents/` are
/// learned once, not at every run.
extension LearnedWeights {
  /// The start of the first line, with the form's version.
  static let textHeader = "advisor learned weights 3"

  /// The weights as text: a first line with the digest of the files they were learned from
  /// (`IntentTrainer.digest`) and a checksum of the rest; then the intents, the biases, the
  /// prior, temperature and thresholds, the index, and the table.
  public func text(digest: String) -> String {
    let body = [
      intents.map(\.rawValue).joined(separator: " "),
      bias.map { "\($0)" }.joined(separator: " "),
      [prior, temperature, offTopicThreshold, unsureMargin].map { "\($0)" }.joined(separator: " "),
      index, table,
    ].joined(separator: "\n")
    return "\(Self.textHeader) \(digest) \(Self.checksum(body))\n\(body)"
  }

  /// The weights `text` records, when it records them for `digest` and is whole; nil for
  /// weights of other files, another form, or a text cut short or changed.
  public init?(text: String, digest: String) {
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count == 2 else { return nil }
    let body = parts[1]
    guard parts[0] == "\(Self.textHeader) \(digest) \(Self.checksum(body))" else { return nil }
    let lines = body.split(separator: "\n", maxSplits: 4, omittingEmptySubsequences: false)
    guard lines.count == 5 else { return nil }
    let intents = lines[0].split(separator: " ").map { IntentID(rawValue: String($0)) }
    let bias = lines[1].split(separator: " ").compactMap { Double($0) }
    let numbers = lines[2].split(separator: " ").compactMap { Double($0) }
    guard !intents.isEmpty, bias.count == intents.count, numbers.count == 4 else { return nil }
    self.init(
      intents: intents, bias: bias, prior: numbers[0], temperature: numbers[1], offTopicThreshold: numbers[2],
      unsureMargin: numbers[3], table: String(lines[4]), index: String(lines[3]))
  }

  /// The FNV-1a hash of `body`, in hex: a file cut short or edited by hand is not read.
  private static func checksum<Text: StringProtocol>(_ body: Text) -> String {
    String(FNV1a.hash(body.utf8), radix: 16)
  }
}
