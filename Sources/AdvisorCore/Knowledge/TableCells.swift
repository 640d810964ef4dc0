/// The short cells of a degree or certification in a side-by-side table ("MEM vs MBA",
/// "PMP vs CSM"): what it is, whom it suits, how long it takes, what it costs or asks, and
/// its effect on pay, each a few words with its source; nil where the sources say nothing.
public struct TableCells: Sendable, Equatable {
  public let brief: Sourced<String>?
  public let suits: Sourced<String>?
  /// How long it takes, in a few words; the table falls back to the duration.
  public let time: Sourced<String>?
  public let cost: Sourced<String>?
  public let payEffect: Sourced<String>?

  init(
    brief: Sourced<String>?, suits: Sourced<String>?, time: Sourced<String>?, cost: Sourced<String>?,
    payEffect: Sourced<String>?
  ) {
    self.brief = brief
    self.suits = suits
    self.time = time
    self.cost = cost
    self.payEffect = payEffect
  }
}
