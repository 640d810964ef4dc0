import AdvisorTestSupport
import Foundation
import Testing

@testable import AdvisorCore

/// `KnowledgeBase(files:)` on edited copies of `Knowledge/`: each kind of mistake stops loading
/// with its file, line and problem.
@Suite struct KnowledgeLoadingTests {
  /// The error loading the repository's files with one file edited (or added), if any.
  private func error(
    in file: String, _ edit: (String) -> String
  ) throws -> KnowledgeError? {
    var files = try PackageRoot.files(in: "Knowledge")
    let old = files.firstIndex { $0.name == file }.map { files.remove(at: $0).text } ?? ""
    files.append((file, edit(old)))
    do {
      _ = try KnowledgeBase(files: files)
      return nil
    } catch {
      return error
    }
  }

  private let role = "roles/engineering_manager.role"

  @Test func theRepositoryFilesLoadAndAReadmeIsSkipped() throws {
    #expect(try error(in: "README.md") { _ in "# not a knowledge file\n" } == nil)
  }

  @Test func aStagesRoleListIsCitedWithItsOwnSource() throws {
    var files = try PackageRoot.files(in: "Knowledge")
    let ladder = try #require(files.firstIndex { $0.name == "ladder" })
    files[ladder].text = files[ladder].text.replacingOccurrences(
      of: "roles [article]: senior_engineering_director",
      with: "roles [payscale2025]: senior_engineering_director")
    let knowledge = try KnowledgeBase(files: files)
    #expect(knowledge.ladder.last?.rolesSource == "payscale2025")
    #expect(knowledge.ladder.last?.summary.source == .article)
    let advisor = Advisor(knowledge: knowledge, intents: TestAdvisor.library(), lexicon: .embedded())
    var state = ConversationState()
    let reply = advisor.respond(to: "what does the career path to CTO look like?", state: &state)
    #expect(reply.intent == .careerPath)
    #expect(reply.answer.sources.contains("payscale2025"))
  }

  @Test func aLineWithoutAColonNamesItsLine() throws {
    let found = try error(in: role) { $0.replacingOccurrences(of: "order: 6\n", with: "order 6\n") }
    #expect(found == KnowledgeError(file: role, line: 4, problem: .missingColon))
  }

  @Test func aControlCharacterIsRefusedAtItsLineSoItNeverReachesAnAnswer() throws {
    let found = try error(in: role) { $0.replacingOccurrences(of: "order: 6\n", with: "order: 6\u{16}\n") }
    #expect(found == KnowledgeError(file: role, line: 4, problem: .controlCharacter("U+0016")))
  }

  @Test func anUnknownKeyNamesItsLineAndTheKeysThereAre() throws {
    let found = try #require(try error(in: role) { $0 + "colour: blue\n" })
    #expect(found.line == 28)
    guard case .unknownKey("colour", let expected) = found.problem else {
      Issue.record("\(found)")
      return
    }
    #expect(expected.contains("title"))
  }

  @Test func aLentFacetTheTopicDoesNotHaveNamesItsLineAndTheFacetsThereAre() throws {
    let topic = "topics/track_choice.topic"
    let found = try error(in: topic) {
      $0.replacingOccurrences(of: "also answers become: readiness", with: "also answers become: readyness")
    }
    guard case .badValue("also answers become", "readyness", let expected) = found?.problem else {
      Issue.record("\(String(describing: found))")
      return
    }
    #expect(found?.line == 14)
    #expect(expected.contains("readiness"))
  }

  @Test func aMissingRequiredKeyNamesTheFirstLine() throws {
    let found = try error(in: role) { $0.replacingOccurrences(of: "title: Engineering manager\n", with: "") }
    #expect(found == KnowledgeError(file: role, line: 1, problem: .missingKey("title")))
  }

  @Test func aDuplicateIDIsRejectedAtItsLine() throws {
    let copy = try PackageRoot.files(in: "Knowledge").first { $0.name == role }?.text ?? ""
    let found = try #require(try error(in: "roles/zz_copy.role") { _ in copy })
    #expect(found.line == 1)
    #expect(found.problem == .duplicateID(kind: "role", id: "engineering_manager"))
  }

  @Test func aNextStepWithNoRoleFileIsADanglingID() throws {
    let found = try error(in: role) {
      $0.replacingOccurrences(
        of: "next steps [article]: senior_engineering_director,", with: "next steps [article]: chief_wizard,")
    }
    #expect(
      found == KnowledgeError(file: role, line: 16, problem: .unknownID(kind: "role", id: "chief_wizard")))
  }

  @Test func anIncludedCertificationWithNoFileIsADanglingID() throws {
    let licence = "certifications/pe_license.certification"
    let found = try error(in: licence) {
      $0.replacingOccurrences(of: "includes [nceesLicensure]: eit", with: "includes [nceesLicensure]: efit")
    }
    #expect(
      found == KnowledgeError(file: licence, line: 13, problem: .unknownID(kind: "certification", id: "efit"))
    )
  }

  @Test func aFigureWithoutAYearIsRejected() throws {
    let found = try error(in: role) {
      $0.replacingOccurrences(
        of: "pay [payscale2025]: $121,560 | average salary | 2025", with: "pay [article]: $1 | median pay")
    }
    #expect(found == KnowledgeError(file: role, line: 24, problem: .badFigure("$1 | median pay")))
  }

  @Test func aFactCitingAnUnknownSourceIsRejected() throws {
    let found = try error(in: role) {
      $0.replacingOccurrences(of: "focus [article]:", with: "focus [hearsay]:")
    }
    #expect(found == KnowledgeError(file: role, line: 14, problem: .unknownSource("hearsay")))
  }

  @Test func everyErrorHasAFileAndALine() throws {
    let found = try #require(try error(in: "roles/empty.role") { _ in "id: empty\n" })
    #expect(found.file == "roles/empty.role" && found.line == 1)
  }
}
