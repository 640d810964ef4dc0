import AdvisorCore

/// Keeps the user's profile between interactive sessions, in `profile` in the state folder.
///
/// Only the interactive prompt uses it: `ask`, `replay` and `check` never read or write it, so
/// they are reproducible.
struct ProfileStore {
  static let fileName = "profile"

  /// Where the profile lives; nil when there is no usable state folder.
  let path: String?
  /// Problems are reported once; after that the session goes on quietly.
  private var hasWarned = false

  init(path: String?) {
    self.path = path
  }

  /// The store in the standard state folder.
  static func standard() -> ProfileStore {
    ProfileStore(path: StateDirectory.file(fileName))
  }

  /// The saved profile, whose ids must be those of `knowledge`, or an empty one.
  ///
  /// A damaged file is set aside as `profile.damaged` with a one-line warning; it never stops
  /// the advisor.
  mutating func load(knowledge: KnowledgeBase, warn: (String) -> Void) -> Profile {
    guard let path, let bytes = try? Platform.readFile(path) else { return Profile() }
    do throws(ProfileCodec.DecodingError) {
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw ProfileCodec.DecodingError(line: 0, reason: "not valid UTF-8")
      }
      return try ProfileCodec.decode(text, knowledge: knowledge)
    } catch {
      let aside = path + ".damaged"
      Platform.moveFile(path, to: aside)
      let place = error.line > 0 ? "\(path):\(error.line)" : path
      warn(
        "advisor: your saved profile was damaged (\(place): \(error.reason)); moved it to \(aside) and started afresh"
      )
      return Profile()
    }
  }

  /// Saves the profile atomically; on failure warns once and goes on.
  mutating func save(_ profile: Profile, warn: (String) -> Void) {
    guard let path else {
      warnOnce(
        "advisor: there is no state folder to keep your profile in; it lasts for this session only", warn)
      return
    }
    do throws(FileError) {
      try Platform.writeFileAtomically(path, ProfileCodec.encode(profile), mode: 0o600)
    } catch {
      warnOnce(
        "advisor: cannot save your profile to \(path) (\(error.reason)); it lasts for this session only", warn
      )
    }
  }

  private mutating func warnOnce(_ message: String, _ warn: (String) -> Void) {
    if !hasWarned { warn(message) }
    hasWarned = true
  }
}
