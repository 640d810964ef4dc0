/// What a fuzz input is: its first byte, a letter, picks the mode; the rest is the payload.
///
/// Letters rather than numbers keep the seed corpus readable (a transcript seed is `T`, a
/// line end, then the file) and keep every saved input meaning the same when modes are
/// added. A byte that names no mode makes the input uninteresting, not wrong.
///
/// To add a mode: add its case here, a
/// `…Properties` type whose `check` throws `PropertyViolation`, its line in
/// `FuzzTarget.check(_:)`, and a few seeds under `Fuzz/corpus/<mode>/`.
public enum FuzzMode: UInt8, CaseIterable, Sendable {
  /// Lines typed into one session (`SessionProperties`).
  case session = 0x53  // "S"
  /// A transcript file (`TranscriptProperties`).
  case transcript = 0x54  // "T"
  /// A saved profile (`ProfileProperties`).
  case profile = 0x50  // "P"
  /// Intent files, separated by NUL bytes (`IntentProperties`).
  case intents = 0x49  // "I"
  /// Knowledge files, separated by NUL bytes (`KnowledgeProperties`).
  case knowledge = 0x4B  // "K"

  /// The folder of `Fuzz/corpus/` that holds this mode's seeds.
  public var corpusFolder: String {
    switch self {
    case .session: "session"
    case .transcript: "transcript"
    case .profile: "profile"
    case .intents: "intents"
    case .knowledge: "knowledge"
    }
  }
}
