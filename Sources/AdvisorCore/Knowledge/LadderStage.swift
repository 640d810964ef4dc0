/// One rung group of the ladder: a stage with its roles.
public struct LadderStage: Sendable, Equatable {
  public let stage: Stage
  public let name: String
  public let summary: Sourced<String>
  public let roles: [RoleID]
  public let typicalTime: Known<String>

  init(
    stage: Stage, name: String, summary: Sourced<String>, roles: [RoleID],
    typicalTime: Known<String>
  ) {
    self.stage = stage
    self.name = name
    self.summary = summary
    self.roles = roles
    self.typicalTime = typicalTime
  }
}
