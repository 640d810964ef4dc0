/// A public source that facts in the knowledge base come from.
public struct Source: Sendable, Identifiable {
  public let id: SourceID
  /// How an answer cites it inline, for example "Payscale, cited by the article".
  public let citation: String
  /// The source's own title.
  public let title: String
  /// Where it can be read; `nil` for the seed article, which has none.
  public let url: String?
  /// True for a third-party page that reports someone else's figure.
  public let isSecondary: Bool

  public init(
    id: SourceID, citation: String, title: String, url: String?, isSecondary: Bool = false
  ) {
    self.id = id
    self.citation = citation
    self.title = title
    self.url = url
    self.isSecondary = isSecondary
  }
}
