import Testing

@testable import AdvisorCore

@Suite struct EntityRecognitionTests {
  /// Every alias of every entity in the knowledge base, with the entity it names.
  static let aliases: [(String, Entity)] = {
    let knowledge = KnowledgeBase.standard
    var all: [(String, Entity)] = []
    for role in knowledge.roles {
      all += ([role.title.lowercased()] + role.aliases).map { ($0, .role(role.id)) }
    }
    for item in knowledge.certifications { all += item.aliases.map { ($0, .certification(item.id)) } }
    for item in knowledge.degrees { all += item.aliases.map { ($0, .degree(item.id)) } }
    for item in knowledge.disciplines { all += item.aliases.map { ($0, .discipline(item.id)) } }
    for item in knowledge.industries { all += item.aliases.map { ($0, .industry(item.id)) } }
    for item in knowledge.specializations { all += item.aliases.map { ($0, .specialization(item.id)) } }
    return all
  }()

  @Test(arguments: aliases)
  func everyAliasNamesItsEntity(alias: String, entity: Entity) {
    let analysis = TestAdvisor.analyzer().analyze("tell me about the \(alias) please")
    #expect(analysis.mentions.contains { $0.mention == .entity(entity) }, "'\(alias)'")
  }

  @Test(arguments: [
    ("engineering managers", RoleID.engineeringManager), ("EMs", .engineeringManager),
    ("directors of engineering", .engineeringDirector), ("CTOs", .cto),
    ("VPs of engineering", .vpEngineering),
    ("R&D managers", .rdManager), ("systems engineers", .systemsEngineer),
    ("senior EMs", .seniorEngineeringManager), ("TPMs", .programManager),
    ("vp eng", .vpEngineering), ("VPE", .vpEngineering), ("junior PM", .juniorProjectManager),
    ("CMs", .constructionManager), ("PMs", .projectManager),
    ("entry-level project managers", .juniorProjectManager), ("sr mgrs", .seniorEngineeringManager),
    ("snr EMs", .seniorEngineeringManager), ("the dir", .engineeringDirector),
    ("EPMs", .engineeringProjectManager), ("R & D managers", .rdManager),
  ])
  func pluralsAndAbbreviationsAreRecognized(text: String, role: RoleID) {
    #expect(TestAdvisor.analyzer().analyze("what do \(text) do?").entities.roles == [role])
  }

  @Test func theShortPluralOfAnyShortNameIsThatName() {
    #expect(
      TestAdvisor.analyzer().analyze("which industries hire EEs?").entities.disciplines == [.electrical])
    #expect(TestAdvisor.analyzer().analyze("what are its duties?").mentions.isEmpty)
  }

  @Test func rolesComeInTheOrderNamedWithLongestNamesFirst() {
    let analysis = TestAdvisor.analyzer().analyze("senior engineering manager vs project manager vs manager")
    #expect(analysis.entities.roles == [.seniorEngineeringManager, .projectManager, .engineeringManager])
  }

  @Test func everyEntityKindIsFound() {
    let analysis = TestAdvisor.analyzer().analyze(
      "As a civil engineer in aerospace with an MBA and a PMP, is the supply chain management track right for an ops manager?"
    )
    #expect(analysis.entities.disciplines == [.civil])
    #expect(analysis.entities.industries == [.aerospace])
    #expect(analysis.entities.degrees == [.mba])
    #expect(analysis.entities.certifications == [.pmp])
    #expect(analysis.entities.specializations == [.operationsSupplyChain])
    #expect(analysis.entities.roles == [.operationsManager])
  }

  @Test(arguments: [
    ("I have an MS in electrical engineering", DisciplineID.electrical),
    ("is a master's in mechanical worth it?", .mechanical),
    ("thinking about a masters in civil engineering", .civil),
  ])
  func aDegreeNamedWithItsFieldNamesTheDisciplineToo(question: String, discipline: DisciplineID) {
    let analysis = TestAdvisor.analyzer().analyze(question)
    #expect(analysis.entities.degrees == [.msEngineering])
    #expect(analysis.entities.disciplines == [discipline])
  }

  @Test func aDegreeWithoutAFieldNamesNoDiscipline() {
    let analysis = TestAdvisor.analyzer().analyze("is a master of engineering worth it?")
    #expect(analysis.entities.degrees == [.msEngineering])
    #expect(analysis.entities.disciplines.isEmpty)
  }

  @Test(arguments: ["I've got a BSME", "I have a BSEE", "is a BEng enough?"])
  func aBachelorsAbbreviationIsNoMasters(question: String) {
    #expect(TestAdvisor.analyzer().analyze(question).entities.degrees == [.bachelors])
  }

  /// India's Bachelor and Master of Technology, however written, are the bachelor's and the
  /// technical master's; none of their letters is corrected into another name ("mtech" is no
  /// "mech").
  @Test(arguments: ["is a B.Tech enough or should I do an M.Tech?", "btech then mtech, worth it?"])
  func technologyDegreesAreTheBachelorsAndTheMasters(question: String) {
    let entities = TestAdvisor.analyzer().analyze(question).entities
    #expect(entities.degrees == [.bachelors, .msEngineering])
    #expect(entities.disciplines.isEmpty && entities.industries.isEmpty)
  }

  @Test func aOneWordNameThatOnlyDescribesIsNoRole() {
    let duties = TestAdvisor.analyzer().analyze(
      "Could you outline the principal duties of a chief technology officer?")
    #expect(duties.entities.roles == [.cto])
    let staff = TestAdvisor.analyzer().analyze("do staff members need a PMP?")
    #expect(staff.entities.roles.isEmpty)
    #expect(
      TestAdvisor.analyzer().analyze("principal vs staff").entities.roles == [
        .principalEngineer, .staffEngineer,
      ])
  }

  @Test func typosInNamesStillFindTheEntity() {
    let analysis = TestAdvisor.analyzer().analyze("what does an enginering directer do")
    #expect(analysis.entities.roles == [.engineeringDirector])
  }

  @Test func softwareAloneIsAnIndustryButSoftwareEngineerIsADiscipline() {
    let industry = TestAdvisor.analyzer().analyze("does software pay well")
    #expect(industry.entities.industries == [.software] && industry.entities.disciplines.isEmpty)
    let discipline = TestAdvisor.analyzer().analyze("I'm a software engineer")
    #expect(discipline.entities.disciplines == [.software] && discipline.entities.industries.isEmpty)
  }

  @Test func typedAbbreviationsAreSpelledOutBeforeNamesAreFound() {
    let degree = TestAdvisor.analyzer().analyze("is a masters in engineering mgmt mostly business classes")
    #expect(degree.entities.degrees == [.mem])
    let discipline = TestAdvisor.analyzer().analyze("software dev for 9 yrs")
    #expect(discipline.entities.disciplines == [.software] && discipline.entities.industries.isEmpty)
  }

  @Test func referencesAreFoundButNameNoEntity() {
    let analysis = TestAdvisor.analyzer().analyze("who do they report to in that role")
    #expect(analysis.references == [.current, .current])
    #expect(analysis.entities.isEmpty)
  }

  /// A short word's last byte is read from its key, so that most words need no singular made.
  @Test func aShortWordsLastByteIsReadFromItsKey() throws {
    for word in ["s", "is", "ems", "does", "abcdefgs", "abcdefgh", "x"] {
      #expect(
        EntityLexicon.lastByte(ofKey: try #require(SortedWords.key(of: word))) == word.utf8.last, "\(word)")
    }
    #expect(EntityLexicon.lastByte(ofKey: 0) == 0)
  }
}
