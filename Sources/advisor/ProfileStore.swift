import AdvisorCore

/// Keeps the user's profile between interactive sessions, in `profile` in the state folder.
///
/// Only the interactive prompt uses it: `ask`, `replay` and `check` never read or write it, so
/// they are reproducible. Each save takes the state folder's lock, reads the file again,
/// merges this session's changes into it (`Profile.merged(into:since:)`) and writes it
/// through `AtomicFile`, so two sessions at once keep each other's facts.
struct ProfileStore {
  static let fileName = "profile"

  /// Where the profile lives; nil when there is no usable state folder.
  let path: String?
  /// Whose ids the profile may name.
  let knowledge: KnowledgeBase
  /// The profile as this session last read or wrote it: what its changes are measured from.
  private var base = Profile()
  /// Problems are reported once; after that the session goes on quietly.
  private var hasWarned = false

  init(path: String?, knowledge: KnowledgeBase) {
    self.path = path
    self.knowledge = knowledge
  }

  /// The store in the standard state folder.
  static func standard(knowledge: KnowledgeBase) -> ProfileStore {
    ProfileStore(path: StateDirectory.file(fileName), knowledge: knowledge)
  }

  /// The saved profile, whose ids must be those of the knowledge base, or an empty one.
  ///
  /// A damaged file is set aside as `profile.damaged` with a one-line warning; it never stops
  /// the advisor.
  mutating func load(warn: (String) -> Void) -> Profile {
    guard let path, Platform.status(path) != nil else { return Profile() }
    let bytes: [UInt8]
    do throws(FileError) {
      bytes = try Platform.readFile(path, limit: Limits.fileBytes)
    } catch {
      warn("advisor: cannot read your saved profile \(path) (\(error.reason)); starting without it")
      return Profile()
    }
    do throws(ProfileCodec.DecodingError) {
      base = try Self.decode(bytes, knowledge: knowledge)
      return base
    } catch {
      let aside = path + ".damaged"
      let place = error.line > 0 ? "\(path):\(error.line)" : path
      let fate =
        Platform.rename(path, to: aside) ? "moved it to \(aside) and started afresh" : "started afresh"
      warn("advisor: your saved profile was damaged (\(place): \(error.reason)); \(fate)")
      return Profile()
    }
  }

  /// Saves the profile, merged with what the file holds now; on failure warns once and
  /// goes on.
  /// - Returns: the merged profile, which the session should use from now on.
  mutating func save(_ profile: Profile, warn: (String) -> Void) -> Profile {
    guard let path else {
      warnOnce(
        "advisor: there is no state folder to keep your profile in; it lasts for this session only", warn)
      return profile
    }
    let base = base
    let outcome = Platform.withLock(StateDirectory.lockFile(beside: path)) {
      () -> Result<Profile, FileError> in
      let saved = Self.current(path, fallback: base, knowledge: knowledge)
      let merged = profile.merged(into: saved, since: base)
      do throws(FileError) {
        try AtomicFile.write(ProfileCodec.encode(merged), to: path, permissions: 0o600)
        return .success(merged)
      } catch {
        return .failure(error)
      }
    }
    switch outcome {
    case .success(let merged):
      self.base = merged
      return merged
    case .failure(let error):
      warnOnce(
        "advisor: cannot save your profile to \(path) (\(error.reason)); it lasts for this session only", warn
      )
      return profile
    }
  }

  /// What the profile file holds now: empty when it is gone, `fallback` when it cannot be
  /// read or parsed (this session's view is then the best there is).
  private static func current(_ path: String, fallback: Profile, knowledge: KnowledgeBase) -> Profile {
    guard Platform.status(path) != nil else { return Profile() }
    guard let bytes = try? Platform.readFile(path, limit: Limits.fileBytes) else { return fallback }
    return (try? decode(bytes, knowledge: knowledge)) ?? fallback
  }

  private static func decode(_ bytes: [UInt8], knowledge: KnowledgeBase) throws(ProfileCodec.DecodingError)
    -> Profile
  {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw ProfileCodec.DecodingError(line: 0, reason: "not valid UTF-8")
    }
    return try ProfileCodec.decode(text, knowledge: knowledge)
  }

  private mutating func warnOnce(_ message: String, _ warn: (String) -> Void) {
    if !hasWarned { warn(message) }
    hasWarned = true
  }
}
