/// What the sources say about hiring industries, as a whole.
public struct IndustryFacts: Sendable, Equatable {
  /// The role whose hiring the lists describe (engineering managers, in the article).
  public let role: RoleID
  /// Industries that hire that role.
  public let hiring: Sourced<[IndustryID]>
  /// Industries the sources name as paying most.
  public let highestPaying: Sourced<[IndustryID]>
  /// Industries that "can also offer competitive salaries".
  public let competitivePay: Sourced<[IndustryID]>
  /// Companies named as continuously posting engineering-management roles.
  public let employers: Sourced<[String]>
  /// Pay by industry from wage surveys.
  public let payFigures: [Figure]

  init(
    role: RoleID, hiring: Sourced<[IndustryID]>, highestPaying: Sourced<[IndustryID]>,
    competitivePay: Sourced<[IndustryID]>, employers: Sourced<[String]>,
    payFigures: [Figure]
  ) {
    self.role = role
    self.hiring = hiring
    self.highestPaying = highestPaying
    self.competitivePay = competitivePay
    self.employers = employers
    self.payFigures = payFigures
  }
}
