import AdvisorTestSupport
import Testing

@testable import AdvisorCore

@Suite struct StemTableTests {
  /// The compiled-in table stands in for Snowball: every word it holds has the stem Snowball
  /// (after the American spelling) gives it.
  @Test func theTableEqualsSnowballOnEveryWordItHolds() {
    let stemmer = Stemmer()
    let entries = StemTable.embedded.entries
    #expect(entries.count > 5000)
    #expect(entries.filter { stemmer.computedStem($0.word) != $0.stem }.map(\.word) == [])
    #expect(entries.filter { StemTable.embedded.stem(of: $0.word) != $0.stem }.map(\.word) == [])
  }

  /// A table finds the words it was made from, and no others: those are stemmed by Snowball.
  @Test func aTableHoldsTheWordsOfItsTextsThatNeedStemming() {
    let table = StemTable(wordsOf: ["Salaries of engineers", "labour centre"], stemmer: Stemmer())
    #expect(table.stem(of: "salaries") == "salari")
    #expect(table.stem(of: "engineers") == "engin")
    #expect(table.stem(of: "labour") == "labor")
    #expect(table.stem(of: "centre") == "center")
    #expect(table.stem(of: "of") == nil)
    #expect(table.stem(of: "managers") == nil)
    #expect(Stemmer().stem("managers") == Stemmer().computedStem("managers"))
  }

  /// The embedded table is the one the generator makes from the files as they are.
  @Test func theEmbeddedTableIsUpToDate() throws {
    let intents = try PackageRoot.files(in: "Intents").filter { IntentLibrary.isIntentFile($0.name) }
    let knowledge = try PackageRoot.files(in: "Knowledge").filter { KnowledgeBase.isKnowledgeFile($0.name) }
    let texts = (intents + knowledge).map(\.text)
    let table = StemTable(wordsOf: texts, stemmer: Stemmer())
    #expect(table.lines == StemTable.embedded.lines)
  }
}
