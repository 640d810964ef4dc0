import Testing

@testable import AdvisorCore

@Suite struct CueBookTests {
  let book = IntentLibrary.embedded().cues

  private func cues(_ question: String) -> Cues {
    book.cues(in: Tokenizer(contractions: book.contractions).words(in: TextNormalizer.normalize(question)))
  }

  @Test func findsEachCueOnceWithItsPosition() {
    let found = cues("I'm a project engineer with four years, not a PMP holder")
    #expect(found.has(.statement) && found.has(.me) && found.has(.negation))
    #expect(found.years == 4)
    #expect(found.has(.negation, before: 10, within: 4))
    #expect(!found.has(.goal))
  }

  @Test func openingCuesCountOnlyAtTheStart() {
    #expect(cues("and a VP?").has(.followUp))
    #expect(cues("what about directors").has(.followUp))
    #expect(!cues("skills and pay").has(.followUp))
    #expect(cues("vs a director?").has(.comparison))
    #expect(!cues("manager or director").has(.comparison))
  }

  /// "A band manager" is other work, but a salary band is pay: "band" names no other work.
  @Test func aSalaryBandIsNoOtherWork() {
    #expect(cues("a sales manager").has(.otherWork))
    #expect(!cues("what salary band should we advertise?").has(.otherWork))
  }

  @Test func yearsTakeAJoinerOrANumberWord() {
    #expect(cues("i have 5 plus years").years == 5)
    #expect(cues("i have twelve yrs of experience").years == 12)
    #expect(cues("years ago").years == nil)
  }

  @Test func aDecimalNumberOfYearsIsItsWholeYearsNotItsTenths() {
    // Found by probing: "1.5 years" was noted as 5 years.
    #expect(cues("i have 1.5 years of experience").years == 1)
    #expect(cues("2.5 yrs as a project engineer").years == 2)
    #expect(cues("i'm a navy o-4, 12 years").years == 12)
  }

  @Test func aCueFileIsDataATeacherCanExtend() throws {
    let book = try CueBook(files: [
      ("extra.cues", "people: folks, y'all\n# a comment\nnumber words: nil, uno\n")
    ])
    #expect(book.cues(in: ["how", "do", "folks", "get", "paid"]).has(.people))
    #expect(book.number("uno") == 1)
  }

  @Test(arguments: [
    ("moods: happy", 1, IntentFileProblem.unknownCue("moods", expected: [])),
    ("# header\npeople:", 2, .emptyList("people")),
    ("contraction: im", 1, .badContraction("im")),
    ("people they", 1, .missingColon),
  ])
  func aMalformedCueFileNamesItsLine(text: String, line: Int, problem: IntentFileProblem) {
    #expect {
      try CueBook(files: [("bad.cues", text)])
    } throws: { error in
      guard let error = error as? IntentFileError else { return false }
      let sameKind: Bool =
        switch (error.problem, problem) {
        case (.unknownCue(let a, _), .unknownCue(let b, _)): a == b
        default: error.problem == problem
        }
      return error.file == "bad.cues" && error.line == line && sameKind
    }
  }

  @Test func explainListsTheCuesFound() {
    let text = Explanation.render(
      TestAdvisor.analyzer().analyze("and what about directors, I'm a PM with 4 yrs"))
    #expect(
      text.contains(
        "Cues: me, follow-up, bare title, job title, asking, statement, year unit, 4 years of experience"))
  }

  /// The kinds are marked with a bit each, in `Cue` order: as many as the bits, and every kind
  /// found listed once.
  @Test func kindsAreTheCuesFoundInCueOrder() {
    #expect(Cue.allCases.count <= 64)
    let found = cues("and what about directors, I'm a PM with 4 yrs in the US, not a PMP: what do they earn?")
    #expect(found.kinds == Cue.allCases.filter { found.has($0) })
    #expect(found.kinds.count > 5)
  }
}
