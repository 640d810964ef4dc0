/// A word or phrase that points back at a role already under discussion.
public enum RoleReference: Sendable, Equatable {
  /// "it", "they", "that role", "this job": the role being discussed.
  case current
  /// "the former": the first of the last two roles.
  case former
  /// "the latter", "the other one": the second of the last two roles.
  case latter
  /// "both", "those two": the last two roles discussed, even when asked about one at a time.
  case both
  /// "all of them", "those three": every role discussed in the last few turns.
  case all
  /// "those", "these roles": the roles the last answer listed (the next steps of a role),
  /// or, when it listed none, the role being discussed.
  case listed

  /// Whether the words may point at something other than a role ("it", "those"), so they
  /// stay words rather than read as a role.
  var mayPointAtAnything: Bool { self == .current || self == .listed }
}
