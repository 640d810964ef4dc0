import Testing

@testable import AdvisorCore

@Suite struct ProfileCodecTests {
  @Test func aProfileSurvivesSavingAndLoading() throws {
    var profile = Profile()
    profile.role = .projectEngineer
    profile.years = 3
    profile.discipline = .civil
    profile.industry = .aerospace
    profile.degrees = [.bachelors, .mem]
    profile.certifications = [.pmp, .leanSixSigma]
    profile.targetRole = .engineeringDirector
    profile.isStudying = true
    #expect(try ProfileCodec.decode(ProfileCodec.encode(profile), knowledge: .standard) == profile)
  }

  @Test func anEmptyProfileIsJustTheHeader() throws {
    let text = ProfileCodec.encode(Profile())
    #expect(text.hasPrefix("#") && text.split(separator: "\n").count == 1)
    #expect(try ProfileCodec.decode(text, knowledge: .standard).isEmpty)
  }

  @Test(arguments: [
    ("role: wizard", 1, "unknown role 'wizard'"),
    ("# header\nyears: many", 2, "years must be a whole number, not 'many'"),
    ("\n\nmood: happy", 3, "unknown key 'mood'"),
    ("role project_engineer", 1, "expected 'key: value'"),
    ("certifications: pmp, nope", 1, "unknown certifications 'nope'"),
    ("studying: maybe", 1, "studying must be yes or no, not 'maybe'"),
  ])
  func aDamagedFileNamesItsLine(text: String, line: Int, reason: String) {
    #expect(throws: ProfileCodec.DecodingError(line: line, reason: reason)) {
      try ProfileCodec.decode(text, knowledge: .standard)
    }
  }

  /// Issue 12, case 5: a profile saved with CRLF line ends (edited on Windows) is read,
  /// not thrown away as damaged.
  @Test func readsCRLFLineEnds() throws {
    let profile = try ProfileCodec.decode(
      "# advisor profile\r\nrole: project_engineer\r\nyears: 3\r\n", knowledge: .standard)
    #expect(profile.role == .projectEngineer)
    #expect(profile.years == 3)
  }
}
