import Testing

@testable import AdvisorCore

/// Lines typed into a session: what it reads in them and how meta-commands take
/// arguments.
@Suite struct SessionTests {
  /// Issue 12, case 17: `:q extra` says why it does not quit instead of quitting silently.
  @Test func aCommandWithAnArgumentItDoesNotTakeSaysSo() throws {
    var session = Session(advisor: TestAdvisor.advisor())
    guard case .message(let text) = session.handle(":q extra") else {
      Issue.record("':q extra' should answer with a message")
      return
    }
    #expect(text == "':quit' takes nothing after it (not 'extra'); type ':quit' alone.")
    guard case .frontEnd(.quit, _) = session.handle(":q") else {
      Issue.record("':q' alone should quit")
      return
    }
  }

  /// `:ladder` draws the ladder; `:ladder extra` says what is wrong instead.
  @Test func theLadderCommandTakesNothingAfterIt() {
    var session = Session(advisor: TestAdvisor.advisor())
    guard case .message(let text) = session.handle(":ladder extra") else {
      Issue.record("':ladder extra' should answer with a message")
      return
    }
    #expect(text == "':ladder' takes nothing after it (not 'extra'); type ':ladder' alone.")
    guard case .ladder(let diagram) = session.handle(":ladder") else {
      Issue.record("':ladder' should give the ladder")
      return
    }
    #expect(TranscriptChecker.text(of: .ladder(diagram)) == diagram.text(width: 60))
  }

  /// Issue 12, case 12: a carriage return inside a line is a space, so a recording of it
  /// holds no control character and replays the same.
  @Test func controlCharactersInATypedLineAreSpaces() {
    #expect(Session.typedText(" what does a cto\rdo?\u{1B} ") == "what does a cto do?")
    #expect(Session.typedText("\r") == "")
  }
}
