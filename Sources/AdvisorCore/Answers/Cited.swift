/// A line of an answer and the sources it cites, written together by a composer, so that the
/// "Sources:" line is made from what the lines recorded rather than from marks searched for in
/// their text and cut out of it.
///
/// Joined with plain text by `+`, which keeps the citations; put in an answer by `Answer.text` or
/// `Answer.bullets`, which record them.
struct Cited: Sendable, Equatable {
  var text: String
  var citations: Citations

  init(_ text: String, citing citations: Citations = Citations()) {
    self.text = text
    self.citations = citations
  }

  static func + (lhs: String, rhs: Cited) -> Cited {
    Cited(lhs + rhs.text, citing: rhs.citations)
  }

  static func + (lhs: Cited, rhs: String) -> Cited {
    Cited(lhs.text + rhs, citing: lhs.citations)
  }

  /// Two lines as one, citing the sources of both, the first's first.
  static func + (lhs: Cited, rhs: Cited) -> Cited {
    var citations = lhs.citations
    citations.add(rhs.citations)
    return Cited(lhs.text + rhs.text, citing: citations)
  }
}

extension String.StringInterpolation {
  /// Refuses a cited line inside a string, which would write out the value and lose its
  /// citations: join it with `+` instead.
  @available(*, unavailable, message: "join a cited line with + so that its citations are kept")
  mutating func appendInterpolation(_ line: Cited) {}

  /// Refuses citations inside a string, which would write out their positions: a line records
  /// them beside its text instead (`AnswerComposer.cited(_:citing:)`).
  @available(*, unavailable, message: "record citations beside the text, with Cited")
  mutating func appendInterpolation(_ citations: Citations) {}
}
