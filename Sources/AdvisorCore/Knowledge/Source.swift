/// A public source that facts in the knowledge base come from: one entry of the registry,
/// `Knowledge/sources`.
public struct Source: Sendable, Identifiable, Equatable {
  public let id: SourceID
  /// How an answer cites it inline, for example "Payscale, cited by the article".
  public let citation: String
  /// The source's own title.
  public let title: String
  /// Who publishes it, or its author.
  public let publisher: String
  /// Where it can be read; `nil` for the seed article, which has none.
  public let url: String?
  /// The year its figures describe, or "undated".
  public let year: String
  /// True for a third-party page that reports someone else's figure.
  public let isSecondary: Bool
  /// True for practitioner opinion, which answers attribute rather than state as fact.
  public let isOpinion: Bool
  /// What kind of body it is, for `:sources all`.
  public let group: SourceGroup

  init(
    id: SourceID, citation: String, title: String, publisher: String, url: String?,
    year: String, isSecondary: Bool, isOpinion: Bool, group: SourceGroup
  ) {
    self.id = id
    self.citation = citation
    self.title = title
    self.publisher = publisher
    self.url = url
    self.year = year
    self.isSecondary = isSecondary
    self.isOpinion = isOpinion
    self.group = group
  }
}
