import AdvisorCore

/// Measures understanding plus answer, in process, over a file of questions (one a line; for a
/// tab-separated file, the last column).
///
/// Prints the median time per question over several rounds. Run through `make benchmark`.
let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first, let text = readText(path) else {
  print("usage: advisor-benchmark QUESTIONS-FILE [ROUNDS]")
  terminate(64)
}
let rounds = arguments.dropFirst().first.flatMap { Int($0) } ?? 20
let questions = text.split(separator: "\n").dropFirst(text.hasPrefix("intent\t") ? 1 : 0).map { line in
  String(line.split(separator: "\t").last ?? line)
}
let library = IntentLibrary.embedded()
let advisor = Advisor(knowledge: .standard, intents: library, lexicon: .embedded())
let clock = ContinuousClock()
var perQuestion: [Double] = []
var answered = 0
for _ in 0..<rounds {
  let elapsed = clock.measure {
    for question in questions {
      var state = ConversationState()
      let reply = advisor.respond(to: question, state: &state)
      answered += PlainRenderer.render(reply.answer).isEmpty ? 0 : 1
    }
  }
  let (seconds, attoseconds) = elapsed.components
  perQuestion.append((Double(seconds) * 1e6 + Double(attoseconds) / 1e12) / Double(questions.count))
}
perQuestion.sort()
let median = perQuestion[perQuestion.count / 2]
print("questions: \(questions.count), rounds: \(rounds), answers: \(answered)")
print("median per question: \((median * 10).rounded() / 10) µs (understanding + answer, in process)")
