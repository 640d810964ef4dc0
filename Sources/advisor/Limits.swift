/// How much the advisor reads at most, so no input can make it grow without bound
/// (issue 12): a larger file, or a longer line of piped input, gets a clear message.
enum Limits {
  /// The largest file read whole: a transcript, an intent file, the history or the
  /// profile (16 MB; the largest shipped transcript is a few KB).
  static let fileBytes = 16 * 1_048_576
  /// The longest line of piped input answered (64 KB; a question is a sentence or two).
  static let lineBytes = 65_536
}
