import Testing

@testable import AdvisorCore

@Suite struct IntentClassifierTests {
  @Test(arguments: [
    ("hi there", IntentID.greeting), ("bye for now", .farewell), ("thanks a lot", .thanks),
    ("what can you do?", .help), ("what does a CTO do?", .roleOverview),
    ("who does a program manager report to?", .reportsTo), ("EM salary?", .salary),
    ("skills for a product manager", .skills), ("do I need a master's degree?", .education),
    ("is an MBA worth it?", .degreeValue), ("what is a CSM?", .certifications),
    ("what does the career ladder look like?", .careerPath),
    ("what comes after principal engineer?", .nextStep), ("how do I become a CTO?", .become),
    ("how many years until I'm a director?", .timeline), ("PM vs program manager", .compare),
    ("what can I specialize in?", .specializations), ("which industries hire EMs?", .industries),
    ("is there demand for engineering directors?", .outlook),
    ("I'm a mechanical engineer with 5 years of experience.", .profile),
    ("what would you recommend I do next?", .advice), ("what's the capital of France?", .unknown),
  ])
  func recognizesEveryIntent(question: String, intent: IntentID) {
    #expect(TestAdvisor.analyzer().analyze(question).classification.intent == intent, "'\(question)'")
  }

  @Test func confidenceIsBetweenZeroAndOne() {
    for question in ["", "asdfgh", "salary salary pay earn income", "what does an EM do", "hi"] {
      let confidence = TestAdvisor.analyzer().analyze(question).classification.confidence
      #expect(confidence >= 0 && confidence <= 1, "'\(question)': \(confidence)")
    }
  }

  @Test func nothingInTheDomainIsUnknown() {
    for question in ["asdfgh", "...", "k", "what is 2+2"] {
      #expect(TestAdvisor.analyzer().analyze(question).classification.intent == .unknown, "'\(question)'")
    }
  }

  @Test func closeCallsAreMarkedUnsure() {
    // A role with no topic at all: only the bare-role default speaks, weakly.
    let classification = TestAdvisor.analyzer().analyze("product manager program manager").classification
    #expect(classification.isUnsure)
    #expect(classification.ranked.count >= 2)
  }

  @Test func scoresAreTheSumOfMatchedWeights() {
    let scored = TestAdvisor.analyzer().analyze("engineering manager salary").classification.ranked
    let salary = scored.first { $0.intent == .salary }
    #expect(salary?.score == salary?.matched.reduce(0) { $0 + $1.weight })
    #expect(salary?.matched.contains { $0.term == .words(["salary"]) } == true)
  }

  @Test func explanationShowsTheArithmetic() {
    let text = Explanation.render(TestAdvisor.analyzer().analyze("how much does an enginering manager make"))
    #expect(text.contains("Corrected: enginering → engineering"))
    #expect(text.contains("Entities: roles: engineering_manager"))
    #expect(text.contains("salary"))
    #expect(text.contains("\"how much\" +3"))
    #expect(text.contains("Chosen: salary"))
  }

  @Test func veryLongQuestionsAreCutAndSaySo() {
    let question = Array(repeating: "salary", count: 5000).joined(separator: " ")
    let analysis = TestAdvisor.analyzer().analyze(question)
    #expect(analysis.wasTruncated)
    #expect(analysis.words.count == QuestionAnalyzer.maximumWords)
  }
}
