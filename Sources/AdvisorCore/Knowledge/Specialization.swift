/// One of the four MEM specializations.
public struct Specialization: Sendable, Identifiable, Equatable {
  public let id: SpecializationID
  public let name: String
  public let aliases: [String]
  public let focus: Sourced<String>
  public let roles: [RoleID]

  init(
    id: SpecializationID, name: String, aliases: [String], focus: Sourced<String>,
    roles: [RoleID]
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.focus = focus
    self.roles = roles
  }
}
