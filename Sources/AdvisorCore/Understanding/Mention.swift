/// What a span of words in a question stands for.
public enum Mention: Sendable, Equatable {
  case entity(Entity)
  case reference(RoleReference)
}
