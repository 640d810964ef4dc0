extension Profile {
  /// This session's profile combined with `saved`, what the profile file holds now,
  /// given `base`, what this session last read from it or wrote to it: two sessions at
  /// once keep each other's facts (issue 12).
  ///
  /// A slot this session changed since `base` takes this session's value; any other
  /// takes the saved one. A list keeps the saved items, less those this session removed,
  /// plus those it added.
  public func merged(into saved: Profile, since base: Profile) -> Profile {
    func pick<Value: Equatable>(_ path: KeyPath<Profile, Value>) -> Value {
      self[keyPath: path] != base[keyPath: path] ? self[keyPath: path] : saved[keyPath: path]
    }
    func list<Item: Equatable>(_ path: KeyPath<Profile, [Item]>) -> [Item] {
      let mine = self[keyPath: path]
      let old = base[keyPath: path]
      let theirs = saved[keyPath: path]
      return theirs.filter { mine.contains($0) || !old.contains($0) }
        + mine.filter { !old.contains($0) && !theirs.contains($0) }
    }
    var result = Profile()
    result.role = pick(\.role)
    result.years = pick(\.years)
    result.discipline = pick(\.discipline)
    result.industry = pick(\.industry)
    result.targetRole = pick(\.targetRole)
    result.isStudying = pick(\.isStudying)
    result.degrees = list(\.degrees)
    result.certifications = list(\.certifications)
    return result
  }
}
