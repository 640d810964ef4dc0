/// One rung group of the ladder: a stage with its roles.
public struct LadderStage: Sendable, Equatable {
  public let stage: Stage
  public let name: String
  public let summary: Sourced<String>
  public let roles: [RoleID]
  /// Where the stage's list of roles comes from: what an answer cites when it says a role is
  /// on this stage.
  public let rolesSource: SourceID
  public let typicalTime: Known<String>

  init(
    stage: Stage, name: String, summary: Sourced<String>, roles: [RoleID], rolesSource: SourceID,
    typicalTime: Known<String>
  ) {
    self.stage = stage
    self.name = name
    self.summary = summary
    self.roles = roles
    self.rolesSource = rolesSource
    self.typicalTime = typicalTime
  }
}
