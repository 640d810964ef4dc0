import AdvisorTestSupport
import Foundation
import Testing

@testable import AdvisorCore

/// The package's `Transcripts/` folder, found from this file's path.
enum TranscriptFiles {
  /// The package root.
  static let packageRoot = PackageRoot.url

  /// The names of the `*.transcript` files, sorted.
  static let names: [String] = {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return entries.filter { $0.hasSuffix(".transcript") }.sorted()
  }()

  static var folder: URL { packageRoot.appendingPathComponent("Transcripts") }

  /// Parses one file, named in messages as `Transcripts/NAME`.
  static func load(_ name: String) throws -> Transcript {
    let data = try Data(contentsOf: folder.appendingPathComponent(name))
    return try TranscriptParser.parse(
      bytes: Array(data), file: "Transcripts/" + name, knowledge: .standard, intents: .embedded())
  }
}

/// Every transcript in `Transcripts/` replays as it expects, and the regression
/// transcripts together pin down every intent and role of the contract.
@Suite struct TranscriptFileTests {
  @Test func folderHoldsLessonsDemoAndRegressions() {
    let required = [
      "lesson-01-career-ladder.transcript", "lesson-02-manager-vs-director.transcript",
      "lesson-03-education-and-certifications.transcript",
      "lesson-04-planning-your-path.transcript",
      "demo-follow-ups.transcript",
    ]
    for name in required {
      #expect(TranscriptFiles.names.contains(name), "missing Transcripts/\(name)")
    }
    #expect(TranscriptFiles.names.contains { $0.hasPrefix("regression-") })
  }

  @Test(arguments: TranscriptFiles.names)
  func transcriptReplaysAsExpected(name: String) throws {
    let transcript = try TranscriptFiles.load(name)
    let result = TranscriptChecker(advisor: TestAdvisor.advisor()).check(transcript)
    for failure in result.failures {
      Issue.record(
        "\(result.report(failure))\nRun 'advisor check --update Transcripts' if the change is intended."
      )
    }
    for turn in result.pending where turn.pendingIsResolved {
      Issue.record("\(result.report(pending: turn))")
    }
    #expect(result.passed > 0, "\(name) checks nothing; run 'advisor check --update \(name)'")
  }

  @Test func regressionsStateIntentAndAnswerOnEveryQuestion() throws {
    for name in TranscriptFiles.names where name.hasPrefix("regression-") {
      for entry in try TranscriptFiles.load(name).entries where !entry.isCommand {
        #expect(
          !entry.isPending,
          "\(name):\(entry.line): a regression turn cannot be pending; leave it out")
        #expect(
          entry.expectations.contains { $0.subject == .intent },
          "\(name):\(entry.line): no '@ intent:'")
        #expect(
          entry.expectations.contains { $0.subject == .entities(.roles) },
          "\(name):\(entry.line): no '@ roles:'")
        #expect(entry.expectedAnswer != nil, "\(name):\(entry.line): no expected answer")
      }
    }
  }

  @Test func regressionsTogetherExpectEveryIntentAndRole() throws {
    var intents = Set<String>()
    var roles = Set<String>()
    for name in TranscriptFiles.names where name.hasPrefix("regression-") {
      for expectation in try TranscriptFiles.load(name).entries.flatMap(\.expectations) {
        switch expectation.subject {
        case .intent: intents.formUnion(expectation.values)
        case .entities(.roles): roles.formUnion(expectation.values)
        case .entities, .pending: continue
        }
      }
    }
    #expect(Set(IntentID.contract.map(\.rawValue)).subtracting(intents).sorted() == [])
    #expect(Set(RoleID.contract.map(\.rawValue)).subtracting(roles).sorted() == [])
  }
}
