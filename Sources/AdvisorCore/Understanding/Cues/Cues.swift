/// The cues found in one question, with where each starts: read once by understanding,
/// then used by the conversation and the answers instead of the raw words.
public struct Cues: Sendable, Equatable {
  /// The word positions where each cue's phrases start, in order.
  public private(set) var positions: [Cue: [Int]] = [:]
  /// Years of experience the question states ("4 years", "four yrs"), if any.
  public var years: Int?

  init() {}

  mutating func add(_ cue: Cue, at position: Int) {
    positions[cue, default: []].append(position)
  }

  /// Whether the question has the cue anywhere (opening cues only at its start).
  public func has(_ cue: Cue) -> Bool {
    positions[cue] != nil
  }

  /// Whether the cue occurs in the `distance` words just before `position`.
  public func has(_ cue: Cue, before position: Int, within distance: Int) -> Bool {
    positions[cue]?.contains { $0 < position && $0 >= position - distance } ?? false
  }

  /// Whether the cue occurs exactly at `position`.
  public func has(_ cue: Cue, at position: Int) -> Bool {
    positions[cue]?.contains(position) ?? false
  }

  /// The cues found, in `Cue` order, for `--explain`.
  public var found: [Cue] {
    Cue.allCases.filter(has)
  }
}
