import Testing

@testable import AdvisorCore

/// How answers name roles: the plural puts its "s" on the head noun.
@Suite struct PhrasingTests {
  private let phrasing = Phrasing(knowledge: .standard)

  @Test func thePluralOfATitleWithOfGoesOnItsHead() {
    #expect(phrasing.plural(.vpEngineering) == "VPs of engineering")
    #expect(phrasing.plural(.engineeringManager) == "engineering managers")
    #expect(phrasing.plural(RoleID("cto")) == "chief technology officers")
  }

  @Test func anAnswerAboutVPsNamesThemInThePlural() {
    let text = TestAdvisor.reply("which industries hire VPs of engineering?").text
    #expect(text.contains("no separate list of industries for VPs of engineering"))
  }
}
