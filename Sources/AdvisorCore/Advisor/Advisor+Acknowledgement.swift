extension Advisor {
  /// The line that acknowledges a change to the profile, whatever the question was, or
  /// nil when the profile did not change (issue 12: the profile never changes silently).
  ///
  /// After a statement about yourself the answer already says "Noted: …"; then only a
  /// slot that held another value is added, as "Changed: years of experience 4 → 6." In
  /// any other answer the line says all of it: "Noted: you're a software engineer; years
  /// of experience 4 → 6."
  /// - Parameters:
  ///   - before: the profile before the turn.
  ///   - after: the profile after it.
  ///   - intent: what the turn was understood to be.
  /// - Returns: a paragraph to end the answer with, or nil.
  func acknowledgement(from before: Profile, to after: Profile, intent: IntentID) -> Answer.Block? {
    guard before != after else { return nil }
    var added = Profile()
    var changes: [String] = []
    func slot<Value: Equatable>(
      _ path: WritableKeyPath<Profile, Value?>, _ label: String, _ show: (Value) -> String
    ) {
      guard let new = after[keyPath: path], new != before[keyPath: path] else { return }
      if let old = before[keyPath: path] {
        changes.append("\(label) \(show(old)) → \(show(new))")
      } else {
        added[keyPath: path] = new
      }
    }
    slot(\.role, "role", composer.phrasing.name)
    slot(\.years, "years of experience", String.init)
    slot(\.discipline, "discipline") { knowledge.discipline($0)?.name.lowercased() ?? $0.rawValue }
    slot(\.industry, "industry") { knowledge.industry($0)?.name.lowercased() ?? $0.rawValue }
    slot(\.targetRole, "goal", composer.phrasing.name)
    added.degrees = after.degrees.filter { !before.degrees.contains($0) }
    added.certifications = after.certifications.filter { !before.certifications.contains($0) }
    if intent == .profile {
      return changes.isEmpty ? nil : .text("Changed: " + changes.joined(separator: "; ") + ".")
    }
    let parts = (added.isEmpty ? [] : [composer.describe(added)]) + changes
    return parts.isEmpty ? nil : .text("Noted: " + parts.joined(separator: "; ") + ".")
  }
}
