import Testing

@testable import AdvisorCore

/// Issue 12, case 3: two sessions saving the profile keep each other's facts.
@Suite struct ProfileMergeTests {
  @Test func keepsWhatAnotherSessionSavedMeanwhile() {
    var base = Profile()
    base.years = 4
    var saved = base
    saved.discipline = .civil
    var mine = base
    mine.certifications = [.pmp]
    mine.years = 6
    let merged = mine.merged(into: saved, since: base)
    #expect(merged.discipline == .civil)
    #expect(merged.certifications == [.pmp])
    #expect(merged.years == 6)
  }

  @Test func studyingChangedHereHoldsOverTheSavedValue() {
    var saved = Profile()
    saved.years = 2
    var mine = Profile()
    mine.isStudying = true
    let merged = mine.merged(into: saved, since: Profile())
    #expect(merged.isStudying)
    #expect(merged.years == 2)
  }

  @Test func aRemovalHereAndAnAdditionThereBothHold() {
    var base = Profile()
    base.degrees = [.bachelors]
    var saved = base
    saved.degrees = [.bachelors, .mem]
    let mine = Profile()
    let merged = mine.merged(into: saved, since: base)
    #expect(merged.degrees == [.mem])
  }
}
