import AdvisorTestSupport
import Foundation
import Testing

@testable import AdvisorCore

/// Accuracy on questions written independently of the intent files and the development
/// set: a guard against tuning the vocabulary to the questions it was tuned on.
@Suite struct HeldOutAccuracyTests {
  struct Question: Sendable {
    let intents: [String]
    let roles: [String]
    let text: String
  }

  static func questions() throws -> [Question] {
    let url = PackageRoot.path("Tests/AdvisorCoreTests/Fixtures/heldout-questions.tsv")
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst().map { line in
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return Question(
        intents: columns[0].split(separator: "|").map(String.init),
        roles: columns[1] == "-" ? [] : columns[1].split(separator: ",").map(String.init),
        text: columns[2])
    }
  }

  @Test func intentAccuracyIsAtLeastNinetyPercent() throws {
    let questions = try Self.questions()
    #expect(questions.count > 300)
    let analyzer = TestAdvisor.analyzer()
    var misses: [String] = []
    for question in questions {
      let classification = analyzer.analyze(question.text).classification
      let intent = classification.isUnsure ? "unknown" : classification.intent.rawValue
      if !question.intents.contains(intent) { misses.append("\(question.text) → \(intent)") }
    }
    let accuracy = Double(questions.count - misses.count) / Double(questions.count)
    #expect(accuracy >= 0.9, "accuracy \(accuracy); misses:\n\(misses.joined(separator: "\n"))")
  }

  @Test func roleRecognitionIsAtLeastNinetyFivePercent() throws {
    let questions = try Self.questions()
    let analyzer = TestAdvisor.analyzer()
    let correct = questions.filter { question in
      Set(analyzer.analyze(question.text).entities.roles.map(\.rawValue)) == Set(question.roles)
    }.count
    #expect(Double(correct) / Double(questions.count) >= 0.95)
  }
}

/// Conversations written blind to the intent files, scored turn by turn in context.
@Suite struct HeldOutConversationTests {
  struct Turn: Decodable {
    let q: String
    let intent: [String]
    let roles: [String]?
  }

  struct Conversation: Decodable {
    let id: String
    let turns: [Turn]
  }

  @Test(arguments: ["heldout-conversations.jsonl", "heldout-conversations-2.jsonl"])
  func intentsAndRolesAreRightInContextForNineTurnsInTen(file: String) throws {
    let url = PackageRoot.path("Tests/AdvisorCoreTests/Fixtures/" + file)
    let conversations = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
      .map { try JSONDecoder().decode(Conversation.self, from: Data($0.utf8)) }
    let advisor = TestAdvisor.advisor()
    var total = 0
    var misses: [String] = []
    for conversation in conversations {
      var state = ConversationState()
      for turn in conversation.turns {
        let reply = advisor.respond(to: turn.q, state: &state)
        total += 1
        let rolesRight = turn.roles.map { Set($0) == Set(reply.entities.roles.map(\.rawValue)) } ?? true
        if !turn.intent.contains(reply.intent.rawValue) || !rolesRight {
          misses.append("\(conversation.id): \(turn.q) → \(reply.intent.rawValue) \(reply.entities.roles)")
        }
      }
    }
    #expect(total > 150)
    let accuracy = Double(total - misses.count) / Double(total)
    #expect(accuracy >= 0.9, "accuracy \(accuracy); misses:\n\(misses.joined(separator: "\n"))")
  }
}
