import Foundation
import Testing

@testable import AdvisorCore

/// Every figure the advisor states in answer to a shipped question is in the knowledge
/// base: each dollar amount and percentage of every answer in `Transcripts/` (answers
/// the transcript tests hold equal to what the advisor says) occurs in some file of
/// `Knowledge/`, so no answer can round, compute or invent one (issue 10).
@Suite struct ShippedFiguresTests {
  /// The text of every file of `Knowledge/`.
  static let knowledgeText: String = {
    let folder = TranscriptFiles.packageRoot.appendingPathComponent("Knowledge")
    let files =
      FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL } ?? []
    return files.compactMap { try? String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
  }()

  /// "$121,560", "$150,000" (of "$150,000+"), "41%", "22.0%", "+4%" as "4%".
  static func figures(in text: String) -> [String] {
    var figures: [String] = []
    var current = ""
    var isMoney = false
    for character in text + " " {
      if character == "$", current.isEmpty {
        isMoney = true
        current = "$"
      } else if character.isASCII, character.isNumber || (!current.isEmpty && ",.".contains(character)) {
        current.append(character)
      } else {
        while let last = current.last, ",.".contains(last) { current.removeLast() }
        if character == "%", !current.isEmpty, !isMoney {
          figures.append(current + "%")
        } else if isMoney, current.count > 1 {
          figures.append(current)
        }
        current = ""
        isMoney = false
      }
    }
    return figures
  }

  @Test func figuresAreReadWhole() {
    #expect(
      Self.figures(in: "$90,000 to $150,000+ and 41% against 22.0%, +4%.") == [
        "$90,000", "$150,000", "41%", "22.0%", "4%",
      ])
  }

  @Test func everyFigureOfEveryShippedAnswerIsInTheKnowledgeBase() throws {
    var checked = 0
    for name in TranscriptFiles.names {
      // `:why` shows the classifier's own probabilities, which are no facts of the sources.
      for entry in try TranscriptFiles.load(name).entries where !entry.input.hasPrefix(":why") {
        for figure in Self.figures(in: entry.expectedAnswer?.joined(separator: "\n") ?? "") {
          checked += 1
          #expect(
            Self.knowledgeText.contains(figure),
            "Transcripts/\(name):\(entry.line) states \(figure), which no file of Knowledge/ gives")
        }
      }
    }
    #expect(checked > 100)
  }
}
