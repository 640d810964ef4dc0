import Testing

@testable import AdvisorCore

/// Answers to the facet a question names (issue 10): pay compared like with like, a sum
/// placed against the sources, discipline and industry pay, and "do I need …?" answered
/// yes or no first.
@Suite struct FacetAnswerTests {
  @Test func managerAndDirectorShareOneBLSFigureAndTheAverageIsTheManagersOnly() {
    let text = TestAdvisor.reply("what's the pay gap between an engineering manager and a director?").text
    #expect(text.contains("it gives one figure for both: $167,740 median annual pay in May 2024"))
    #expect(text.contains("Engineering manager: $121,560 average salary in 2025"))
    #expect(!text.contains("Scope"), "no comparison of duties")
  }

  @Test func twoRolesComparePayOnTheSameKindOfFigure() {
    let text = TestAdvisor.reply("who earns more, a construction manager or an engineering manager?").text
    #expect(text.contains("Like for like (BLS Occupational Outlook Handbook, median annual pay, May 2024)"))
    #expect(text.contains("- Construction manager: $106,980\n- Engineering manager: $167,740"))
    #expect(text.contains("Engineering manager is the higher of the two by this measure."))
  }

  @Test func aSumInTheQuestionIsPlacedAgainstEachFigure() {
    let text = TestAdvisor.reply("is 140k a good salary for an engineering manager?").text
    #expect(text.contains("$140,000 against what the sources give:"))
    #expect(text.contains("- above the $121,560 average salary in 2025"))
    #expect(text.contains("- within the $90,000 to $150,000+ typical yearly salary range"))
    #expect(text.contains("- below the $167,740 median annual pay in May 2024"))
  }

  @Test func aSumForARoleWithoutFiguresIsPlacedAgainstTheFieldsWrittenAsTheSourcesWriteSums() {
    let text = TestAdvisor.reply("i make 95k as a project engineer, is that low?").text
    #expect(text.contains("No sourced figure: the sources I have give no salary for this title."))
    #expect(text.contains("$95,000 against what the sources give for the field as a whole:"))
    #expect(text.contains("- within the $90,000 to $150,000+ typical yearly salary range"))
    #expect(!text.contains("For the field as a whole, engineering managers earn:"))
  }

  @Test func moneyReadsFiguresAndQuestions() {
    #expect(Money.amounts(in: "$90,000 to $150,000+") == [Money(dollars: 90000), Money(dollars: 150000)])
    #expect(Money.amounts(in: "around $30,000") == [Money(dollars: 30000)])
    #expect(Money.inQuestion(["is", "150k", "good"]) == Money(dollars: 150000))
    #expect(Money.inQuestion(["is", "130", "000", "fair"])?.written == "$130,000")
    #expect(Money(dollars: 1_234_567).written == "$1,234,567" && Money(dollars: 950).written == "$950")
    // Found by probing: a sum too large to hold was an arithmetic overflow, a crash.
    #expect(Money.inQuestion(["is", "9999999999999999k", "good"]) == nil)
    #expect(Money.inQuestion(["is", "9999999999999999", "000", "good"]) == nil)
    #expect(Money.inQuestion(["with", "5", "years"]) == nil)
  }

  @Test func disciplinePayIsTheDisciplinesOwnFigure() {
    let reply = TestAdvisor.reply("what does an electrical engineer earn?")
    #expect(
      reply.text.contains("$118,780 median annual pay in May 2024, for electrical and electronics engineers"))
    #expect(!reply.text.contains("$121,560"))
  }

  @Test func industryPayUsesTheBLSMeanWageByIndustry() {
    let text = TestAdvisor.reply("which industries pay the most?").text
    #expect(text.contains("$192,700 mean annual wage in May 2021"))
    #expect(text.contains("$170,670"))
    #expect(!text.contains("$121,560"), "not the field-wide figures")
  }

  @Test func doINeedAnswersNoFirst() {
    let mba = TestAdvisor.reply("do I need an MBA to become an engineering manager?").text
    #expect(mba.contains("Master of Business Administration (MBA):\nNo: BLS lists a bachelor's degree"))
    #expect(mba.contains("those on the technical track tend to choose an MEM or MSTM"))
    let pe = TestAdvisor.reply("do I need a PE license to be an engineering manager?")
    #expect(pe.entities.certifications == [.peLicense])
    #expect(pe.text.contains("\nNo, not as a rule:"))
    #expect(
      pe.text.contains("typically at least four years")
        && pe.text.contains("Fundamentals of Engineering (FE) exam"))
    #expect(pe.text.contains("NCEES"))
  }
}

extension FacetAnswerTests {
  @Test func doTheyNeedIsAskedOfTheRoleAndScopedToTheOccupationTheSourcesSpeakOf() {
    let analyst = TestAdvisor.conversation(["what does a supply chain analyst do", "do they need an MEM?"])
    #expect(analyst[1].intent == .education)
    #expect(analyst[1].entities.roles == [.supplyChainAnalyst])
    #expect(analyst[1].text.contains("No: BLS lists a bachelor's degree"))
    #expect(
      analyst[1].text.contains(
        "That is what the sources say of architectural and engineering managers: they do not say whether supply chain analysts need one."
      ))
    let director = TestAdvisor.conversation(["tell me about directors", "do they need a PE license?"])
    #expect(director[1].text.hasPrefix("Professional Engineer (PE) license:\nNo, not as a rule"))
    #expect(!director[1].text.contains("they do not say whether"))
  }

  @Test func twoDegreesComeSideBySideWithTheTrackDistinction() {
    let reply = TestAdvisor.reply("mem vs mba which is better for me")
    #expect(reply.entities.degrees == [.mem, .mba])
    guard
      case .table(let rows)? = reply.answer.blocks.first(where: {
        if case .table = $0 { true } else { false }
      })
    else {
      Issue.record("no table")
      return
    }
    #expect(rows[0] == ["", "MEM", "MBA"])
    #expect(
      rows.map { $0[0] } == ["", "What it is", "Who it suits", "Time", "Cost or requirements", "Pay effect"])
    #expect(
      rows[2] == ["Who it suits", "Managers on the technical track", "Those seeking general management"])
  }
}

extension FacetAnswerTests {
  @Test func twoCertificationsComeSideBySide() {
    let reply = TestAdvisor.reply("PMP or CSM, which should I get?")
    #expect(reply.entities.certifications == [.pmp, .csm])
    let text = reply.text
    #expect(
      text.contains(
        "Time                  36 months of projects, with a degree    A two-day course, then a test"))
    #expect(text.contains("Pay effect            $135,000 median vs $109,157 (US, 2025)  —"))
  }
}

extension FacetAnswerTests {
  @Test func aRoleWithoutPayIsSaidPlainlyInAComparison() {
    let text = TestAdvisor.reply("who earns more, a product manager or an engineering manager?").text
    #expect(text.contains("The sources I have give no salary figure for a product manager. What they give:"))
    #expect(!text.contains("different kinds"))
  }
}

extension FacetAnswerTests {
  @Test(arguments: [
    ("Is the PgMP worth it?", "PgMP"), ("Should I get a CAPM certification?", "CAPM"),
    ("what is the cost of the CCNA exam?", "CCNA"), ("Is CISSP worth it?", "CISSP"),
    ("is PRINCE2 worth it?", "PRINCE2"),
  ])
  func aCredentialTheSourcesDoNotCoverIsSaidPlainly(question: String, credential: String) {
    let reply = TestAdvisor.reply(question)
    #expect(reply.intent == .certifications)
    #expect(reply.entities.certifications.isEmpty)
    #expect(reply.text.hasPrefix("The sources I have say nothing about the \(credential).\n"))
    #expect(reply.text.contains("Project Management Professional (PMP)"))
  }

  /// The word lists hold only some of English: an unknown word in lower case, or in a title
  /// or a shout, is no credential's name.
  @Test(arguments: [
    "Are Certifications Worth The Effort?", "IS THE EFFORT OF A CERTIFICATION WORTH IT?",
    "is the effort of a certification worth it?", "Is the PMP worth it?",
  ])
  func anUnknownWordInLowerCaseOrATitleIsNoCredential(question: String) {
    #expect(!TestAdvisor.reply(question).text.contains("say nothing about"))
  }
}
