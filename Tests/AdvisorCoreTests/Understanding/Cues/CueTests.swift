import Testing

@testable import AdvisorCore

@Suite struct CueTests {
  /// A cue's place read from its byte is its place in declaration order, as `Cues.kinds` needs.
  @Test func aCuesOrdinalIsItsPlaceInDeclarationOrder() {
    #expect(Cue.ordered == Cue.allCases)
    for (place, cue) in Cue.allCases.enumerated() { #expect(cue.ordinal == place, "\(cue)") }
  }
}
