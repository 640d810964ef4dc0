/// Records a conversation as a transcript: each line typed and the plain text the user read,
/// for the prompt's `:record FILE` and `:stop`.
///
/// A value with no I/O: the front end feeds it every line with its `SessionOutput` and
/// writes `text` to the file. The transcript replays in a fresh session: the profile in
/// use when recording began is written as `@ profile:` lines, which a replay starts
/// with; the header warns of conversation context, which a replay will not have.
public struct TranscriptRecorder: Sendable, Equatable {
  /// The recorded turns: what was typed and what the transcript shows for it.
  public private(set) var turns: [Turn] = []
  private let header: [String]

  /// One recorded line and its output.
  public struct Turn: Sendable, Equatable {
    public let input: String
    public let text: String?
  }

  /// Starts a recording.
  /// - Parameters:
  ///   - state: the conversation when recording begins, to warn about what a replay,
  ///     which starts afresh, will not carry.
  ///   - notes: extra header lines (a date, who recorded), written as `#` comments.
  public init(startingFrom state: ConversationState = ConversationState(), notes: [String] = []) {
    var header = [
      "# Recorded at the advisor's prompt with :record.",
      "# Replay it with 'advisor replay FILE'; check it with 'advisor check FILE'.",
    ]
    header += notes.map { "# " + $0 }
    if !state.roles.isEmpty || state.topic != nil || state.subject != nil {
      header += [
        "# Recorded mid-conversation (after \(state.turnCount) turns): a replay starts afresh,",
        "# so the first answers may differ from the ones below.",
      ]
    }
    if !state.profile.isEmpty {
      header.append("# The profile in use when recording began; a replay starts with it:")
      header += ProfileCodec.encode(state.profile).split(separator: "\n").dropFirst().map {
        "@ profile: " + $0
      }
    }
    self.header = header
  }

  /// Whether nothing has been recorded yet.
  public var isEmpty: Bool { turns.isEmpty }

  /// Records a typed line and its output.
  ///
  /// Left out: empty lines, unknown commands (a transcript holding one would not
  /// parse), and the commands the front end carries out itself (`:record`, `:stop`,
  /// `:quit`), which mean nothing in a replay.
  public mutating func record(_ line: String, _ output: SessionOutput) {
    switch output {
    case .nothing, .frontEnd, .unknownCommand: return
    case .reply, .message, .ladder:
      turns.append(Turn(input: Session.typedText(line), text: TranscriptChecker.text(of: output)))
    }
  }

  /// The transcript: the header comment, then each turn as `> line`, the answer and a blank
  /// line.
  ///
  /// `advisor check` passes on it when the advisor still answers the same.
  public var text: String {
    var text = header.map { $0 + "\n" }.joined()
    for turn in turns {
      text += "\n" + TranscriptRenderer.turn(input: turn.input, output: turn.text).dropLast()
    }
    return text
  }
}
